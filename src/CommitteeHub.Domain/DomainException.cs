namespace CommitteeHub.Domain;

/// <summary>
/// An illegal step in the committee's business: a rule the aggregate refuses to break. Pages show its message to the
/// person who tried, so it is written for a clerk, not a developer.
/// </summary>
public sealed class DomainException(string message) : Exception(message);

internal static class Guard
{
    public static string Required(string? value, string what, int maxLength = 400)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException($"{what} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainException($"{what} must be {maxLength} characters or fewer.");
        return trimmed;
    }

    public static string? Optional(string? value, string what, int maxLength = 400)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainException($"{what} must be {maxLength} characters or fewer.");
        return trimmed;
    }

    public static string Markdown(string? value, string what, int maxLength = 200_000, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            throw new DomainException($"{what} is required.");
        var text = (value ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length > maxLength)
            throw new DomainException($"{what} must be {maxLength:N0} characters or fewer.");
        return text;
    }
}
