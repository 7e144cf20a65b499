using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CommitteeHub.Web.Infrastructure;

public static class FormChoices
{
    /// <summary>
    /// Reads a per-person choice posted as <c>Names[12]=For</c>. Read by hand, not model-bound: a dictionary property
    /// with no such fields in the post would otherwise be bound from every field of the form.
    /// </summary>
    public static IReadOnlyDictionary<int, T?> PerPerson<T>(IFormCollection form, string name, ModelStateDictionary errors) where T : struct, Enum
    {
        var chosen = new Dictionary<int, T?>();
        foreach (var (key, value) in form)
        {
            if (!key.StartsWith(name + "[", StringComparison.Ordinal) || !key.EndsWith(']') || !int.TryParse(key[(name.Length + 1)..^1], out var personId)) continue;
            var text = value.ToString();
            if (text.Length == 0) chosen[personId] = null;
            else if (Enum.TryParse<T>(text, ignoreCase: true, out var choice) && !int.TryParse(text, out _)) chosen[personId] = choice;
            else errors.AddModelError(string.Empty, $"\"{text}\" is not one of the choices for a member.");
        }
        return chosen;
    }

    /// <summary>Reads an uploaded file, refusing one over the size limit (a paper's, unless given) with a message on
    /// its field; null when none was chosen.</summary>
    public static async Task<byte[]?> ReadUploadAsync(IFormFile? file, string field, ModelStateDictionary errors, CancellationToken ct, long maxBytes = Domain.Document.MaxUploadBytes)
    {
        if (file is null || file.Length == 0) return null;
        if (file.Length > maxBytes)
        {
            errors.AddModelError(field, $"The file is larger than the {maxBytes / 1024 / 1024} MB limit.");
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
