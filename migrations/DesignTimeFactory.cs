using CommitteeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommitteeHub.Migrations;

/// <summary>Lets `dotnet ef` build the model without starting the web app; adding a migration needs no server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CouncilDb>
{
    public CouncilDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CouncilDb>()
            .UseNpgsql("Host=localhost;Database=committeehub_design", o => o.MigrationsAssembly(CouncilDb.MigrationsAssembly))
            .Options);
}
