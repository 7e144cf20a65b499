namespace CommitteeHub.Amendments.Tests;

/// <summary>One case of the golden corpus: a file with a description (lines starting '#') and sections
/// "=== original", "=== amended", "=== marked", and optionally "=== instructions" (one per line) and
/// "=== html-contains" (lines that must each appear in the HTML).</summary>
public sealed record GoldenCase(string Name, string Description, string Original, string Amended, string Marked,
    IReadOnlyList<string>? Instructions, IReadOnlyList<string> HtmlFragments)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.case").Select(Path.GetFileNameWithoutExtension).Order().Cast<string>();

    public static GoldenCase Load(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Directory, name + ".case")).Replace("\r\n", "\n").Split('\n');
        var sections = new Dictionary<string, List<string>>();
        var description = new List<string>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal)) sections[line[4..].Trim()] = current = [];
            else if (current is null) description.Add(line.TrimStart('#').Trim());
            else current.Add(line);
        }
        string Text(string key) => sections.TryGetValue(key, out var l) ? string.Join("\n", l).Trim('\n') : "";
        List<string>? Lines(string key) => sections.TryGetValue(key, out var l) ? l.Where(x => x.Length > 0).ToList() : null;
        return new GoldenCase(name, string.Join(" ", description).Trim(), Text("original"), Text("amended"), Text("marked"),
            Lines("instructions"), Lines("html-contains") ?? []);
    }
}
