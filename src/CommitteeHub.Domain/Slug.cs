using System.Text;
using System.Text.RegularExpressions;

namespace CommitteeHub.Domain;

/// <summary>The readable, stable part of a URL: lower case letters, digits and single hyphens.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= 100 } && Pattern().IsMatch(slug);

    public static string From(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c is '\'' or '\u2019' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 100) slug = slug[..100].TrimEnd('-');
        return slug;
    }

    public static string Require(string slug)
    {
        if (!IsValid(slug))
            throw new DomainException($"\"{slug}\" is not a valid web address name: use lower case letters, digits and hyphens.");
        return slug;
    }
}
