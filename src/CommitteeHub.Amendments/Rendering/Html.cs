using System.Text;

namespace CommitteeHub.Amendments.Rendering;

/// <summary>HTML encoding for text and attribute values. Every character of the motion goes through here, so a tag
/// typed into a motion is shown as text.</summary>
internal static class Html
{
    public static void Text(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static void Attribute(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>Links are kept only to web, mail and same-site addresses: a "javascript:" link in a motion is text.</summary>
    public static bool IsSafeHref(string? href)
    {
        if (string.IsNullOrEmpty(href)) return false;
        var colon = href.IndexOf(':');
        var slash = href.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative
        var scheme = href[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
