using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Tests;

/// <summary>Writes an edit script compactly for assertions: "The Council [-x-][+y+] agrees ." (tokens joined by
/// single spaces).</summary>
internal static class ScriptText
{
    public static string Of(IEnumerable<Segment> script, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        var parts = new List<string>();
        foreach (var s in script)
        {
            if (s.IsEqual) { parts.Add(Join(a, s.A, s.ALength)); continue; }
            var change = "";
            if (s.ALength > 0) change += "[-" + Join(a, s.A, s.ALength) + "-]";
            if (s.BLength > 0) change += "[+" + Join(b, s.B, s.BLength) + "+]";
            parts.Add(change);
        }
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string Join(IReadOnlyList<Token> t, int start, int length) =>
        string.Join(" ", t.Skip(start).Take(length).Select(x => x.Text));

    public static List<Token> Tokens(string text) => Tokenizer.Tokenize(text);
}
