using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Tests;

/// <summary>Reads the parts of our PDFs that text extraction does not show: the catalog and structure tree.</summary>
public static class Tokens
{
    public static IToken Resolve(PdfDocument doc, IToken token) =>
        token is IndirectReferenceToken r ? doc.Structure.GetObject(r.Data).Data : token;

    /// <summary>Every structure type (/S) in the structure tree, with the structure element titles.</summary>
    public static HashSet<string> StructureTypes(PdfDocument doc) => StructureElements(doc).Select(e => e.Type).ToHashSet();

    public static List<(string Type, string? Title)> StructureElements(PdfDocument doc)
    {
        var result = new List<(string, string?)>();
        var root = (DictionaryToken)Resolve(doc, doc.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        void Walk(IToken token, int depth)
        {
            if (depth > 64) return;
            var t = Resolve(doc, token);
            if (t is ArrayToken a) { foreach (var k in a.Data) Walk(k, depth + 1); return; }
            if (t is not DictionaryToken d || !d.Data.TryGetValue("S", out var s)) return;
            var title = d.Data.TryGetValue("T", out var tt) && Resolve(doc, tt) is StringToken st ? st.Data : null;
            result.Add((((NameToken)s).Data, title));
            if (d.Data.TryGetValue("K", out var kids)) Walk(kids, depth + 1);
        }
        Walk(root.Data["K"], 0);
        return result;
    }

    /// <summary>For each table row (TR) in reading order, the types of its cells.</summary>
    public static List<List<string>> TableRows(PdfDocument doc)
    {
        var rows = new List<List<string>>();
        var root = (DictionaryToken)Resolve(doc, doc.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        IEnumerable<DictionaryToken> Kids(DictionaryToken e) =>
            !e.Data.TryGetValue("K", out var k) ? [] : Resolve(doc, k) is ArrayToken a ? a.Data.Select(x => Resolve(doc, x)).OfType<DictionaryToken>().Where(d => d.Data.ContainsKey("S"))
                : Resolve(doc, k) is DictionaryToken one && one.Data.ContainsKey("S") ? [one] : [];
        string Type(DictionaryToken e) => ((NameToken)e.Data["S"]).Data;
        void Walk(DictionaryToken e, int depth)
        {
            if (depth > 64) return;
            if (Type(e) == "TR") rows.Add(Kids(e).Select(Type).ToList());
            foreach (var k in Kids(e)) Walk(k, depth + 1);
        }
        foreach (var top in Resolve(doc, root.Data["K"]) is ArrayToken a ? a.Data.Select(x => Resolve(doc, x)).OfType<DictionaryToken>() : [(DictionaryToken)Resolve(doc, root.Data["K"])])
            Walk(top, 0);
        return rows;
    }
}
