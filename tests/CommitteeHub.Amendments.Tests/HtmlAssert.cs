using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CommitteeHub.Amendments.Tests;

/// <summary>Checks an HTML fragment two ways: it is well-formed XML (every element closed, properly nested, text
/// encoded), and an HTML5 parser builds exactly the same tree from it (so no browser would re-nest it).</summary>
public static class HtmlAssert
{
    private static readonly HtmlParser Parser = new();

    public static void WellFormed(string html)
    {
        var xml = XElement.Parse("<root>" + html + "</root>", LoadOptions.PreserveWhitespace);
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        Same(xml, body);
    }

    private static void Same(XElement x, IElement h)
    {
        var xs = x.Nodes().Where(n => n is XElement || (n is XText t && t.Value.Length > 0)).ToList();
        var hs = h.ChildNodes.Where(n => n is IElement || (n is IText t && t.Data.Length > 0)).ToList();
        Assert.True(xs.Count == hs.Count, $"<{x.Name}> has {xs.Count} children as XML but {hs.Count} as HTML: {h.OuterHtml}");
        for (var i = 0; i < xs.Count; i++)
        {
            switch (xs[i], hs[i])
            {
                case (XText xt, IText ht):
                    Assert.Equal(xt.Value, ht.Data);
                    break;
                case (XElement xe, IElement he):
                    Assert.Equal(xe.Name.LocalName, he.LocalName);
                    Assert.Equal(xe.Attributes().Select(a => (a.Name.LocalName, a.Value)).Order(),
                        he.Attributes.Select(a => (a.LocalName, a.Value)).Order());
                    Same(xe, he);
                    break;
                default:
                    Assert.Fail($"XML and HTML readings differ at child {i} of <{x.Name}>: {h.OuterHtml}");
                    break;
            }
        }
    }
}
