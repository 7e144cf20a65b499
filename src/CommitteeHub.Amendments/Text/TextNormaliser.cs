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
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
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
}
