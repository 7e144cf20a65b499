using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk.Decisions;

/// <summary>What the clerk's decision pages share: saving with a clear message when another clerk changed the record
/// meanwhile, and the councillors to choose from.</summary>
public static class DecisionDesk
{
    public sealed record PersonOption(int Id, string Name);

    /// <summary>Answers "" when saved, else the reason it was not.</summary>
    public static async Task<string> SaveAsync(CouncilDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return "";
        }
        catch (DbUpdateConcurrencyException)
        {
            return Clerking.Conflict;
        }
    }

    public static async Task<IReadOnlyList<PersonOption>> CouncillorsAsync(CouncilDb db, CancellationToken ct) =>
        await db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Councillor)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => new PersonOption(p.Id, p.DisplayName)).ToListAsync(ct);

    /// <summary>A step the page does not offer is a mistake in the form, said plainly rather than ignored.</summary>
    public static bool TryStep<TStep>(string? step, ModelStateDictionary state, out TStep parsed) where TStep : struct, Enum
    {
        if (Enum.TryParse(step, ignoreCase: true, out parsed) && !int.TryParse(step, out _)) return true;
        state.AddModelError(string.Empty, string.IsNullOrWhiteSpace(step) ? "Choose a step." : $"\"{step}\" is not a step the clerk can take here.");
        return false;
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
