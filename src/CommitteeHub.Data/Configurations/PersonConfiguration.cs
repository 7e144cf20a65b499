using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Slug).HasMaxLength(100);
        b.Property(p => p.DisplayName).HasMaxLength(200);
        b.Property(p => p.FirstName).HasMaxLength(100);
        b.Property(p => p.LastName).HasMaxLength(100);
        b.Property(p => p.Party).HasMaxLength(100);
        b.Property(p => p.Ward).HasMaxLength(150);
        b.Property(p => p.JobTitle).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(200);
        b.Property(p => p.Telephone).HasMaxLength(40);
        b.Property(p => p.PhotoUrl).HasMaxLength(400);
        b.Ignore(p => p.SortName);
    }
}

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("committees");
        b.HasIndex(c => c.Slug).IsUnique();
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Slug).HasMaxLength(100);
        b.Property(c => c.ContactOfficer).HasMaxLength(300);
        b.Property(c => c.Version).IsRowVersion();
        b.HasMany(c => c.Memberships).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("memberships");
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.CommitteeId, m.PersonId });
        // The seats held on a day, by their end dates, for today's council (Councillors/Index asks it with the date
        // written into the SQL): on twenty years it reads the 291 seats held today, not all 1,825 ever held.
        b.HasIndex(m => m.To).IncludeProperties(m => new { m.PersonId, m.From });
    }
}
