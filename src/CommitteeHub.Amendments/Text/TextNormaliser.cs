using System.Text;

namespace CommitteeHub.Amendments.Text;

/// <summary>The one normalisation applied to every text before parsing: line endings unified, and characters that no
/// document can carry (control characters, unpaired surrogates, non-characters) dropped or replaced, so that every
/// rendering is well-formed whatever was pasted in.</summary>
internal static class TextNormaliser
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Most texts need nothing changed: return them as they are rather than copy them twice (a 100,000-word
        // text is 1.3 MB of characters), and copy from the first character that does need changing.
        var first = 0;
        while (first < text.Length && Unchanged(text, first)) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[i + 1]); i++; }
                else sb.Append('\uFFFD');
            }
            else if (char.IsLowSurrogate(c)) sb.Append('\uFFFD');
            else if (c is '\n' or '\t') sb.Append(c);
            else if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether the loop below would copy the character at <paramref name="i"/> as it is (a valid surrogate
    /// pair's high half counts as kept; its low half is checked with it).</summary>
    private static bool Unchanged(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '\t') return true;
        if (c == '\r' || char.IsControl(c) || c is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return true;
    }
}
