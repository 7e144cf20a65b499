using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk.Decisions;

/// <summary>What the clerk's decision pages share: the councillors to choose from.</summary>
public static class DecisionDesk
{
    public sealed record PersonOption(int Id, string Name);

    public static async Task<IReadOnlyList<PersonOption>> CouncillorsAsync(CouncilDb db, CancellationToken ct) =>
        await db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Councillor)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => new PersonOption(p.Id, p.DisplayName)).ToListAsync(ct);

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
