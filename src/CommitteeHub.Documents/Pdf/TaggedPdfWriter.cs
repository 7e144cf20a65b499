using System.Globalization;
using System.Security;
using System.Text;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Pdf;

/// <summary>What a document says about itself: title (shown in the viewer's title bar), language and so on.</summary>
internal sealed record DocumentInfo(string Title, string Language, string? Author, string? Subject, DateTimeOffset Created);

/// <summary>
/// Assembles the laid-out pages into a tagged PDF (the PDF/UA shape): marked content with MCIDs tied to a structure
/// tree through the parent tree, artifacts for page furniture, the catalog's MarkInfo, Lang and DisplayDocTitle, an
/// Info dictionary and XMP metadata carrying the title, and bookmarks.
/// </summary>
internal static class TaggedPdfWriter
{
    /// <param name="warn">Told of characters drawn that no font has (they are left out).</param>
    public static byte[] Write(DocumentInfo info, IReadOnlyList<OutputPage> pages, StructElement root,
        IReadOnlyList<OutlineEntry> outlines, Action<string>? warn = null)
    {
        var w = new PdfWriter();
        int catalog = w.Allocate(), pageTree = w.Allocate(), resources = w.Allocate(), infoObj = w.Allocate();
        var pageObjs = pages.Select(_ => w.Allocate()).ToArray();
        var fonts = new Dictionary<FontFace, EmbeddedFont>();
        var fontObjs = new Dictionary<EmbeddedFont, int>();
        EmbeddedFont FontFor(FontFace face)
        {
            if (!fonts.TryGetValue(face, out var f))
            {
                f = new EmbeddedFont(face, "CHF" + (fonts.Count + 1).ToString(CultureInfo.InvariantCulture));
                fonts[face] = f;
                fontObjs[f] = w.Allocate();
            }
            return f;
        }

        // Page content first: it decides which glyphs the fonts must hold and which MCIDs the tree refers to.
        var parentTree = new List<(int Key, List<StructElement> Owners)>();
        // Link annotations' entries in the parent tree come after the pages' (keys from pages.Count on).
        var annotationParents = new List<(int Key, StructElement Owner)>();
        var copiers = new Dictionary<ImportedDocument, ObjectCopier>();
        var mediaBoxes = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var owners = new List<StructElement>();
            switch (pages[i])
            {
                case LaidOutPage page:
                {
                    var content = ContentEncoder.Encode(page.Ops, i, owners, FontFor);
                    var contentObj = w.Allocate();
                    w.Stream(contentObj, "", Encoding.Latin1.GetBytes(content));
                    var annots = page.Links.Select(link => LinkAnnotation(w, link, i, pageObjs, pages.Count + annotationParents.Count, annotationParents)).ToList();
                    w.Object(pageObjs[i],
                        $"<< /Type /Page /Parent {PdfSyntax.Ref(pageTree)} /MediaBox [0 0 {PdfSyntax.Num(page.Width)} {PdfSyntax.Num(page.Height)}] " +
                        $"/Resources {PdfSyntax.Ref(resources)} /Contents {PdfSyntax.Ref(contentObj)} /StructParents {parentTree.Count} /Tabs /S" +
                        (annots.Count > 0 ? $" /Annots [{string.Join(" ", annots.Select(PdfSyntax.Ref))}]" : "") + " >>");
                    break;
                }
                case ImportedPage page:
                {
                    if (!copiers.TryGetValue(page.Source, out var copier))
                    {
                        copiers[page.Source] = copier = new ObjectCopier(page.Source, w);
                        // Links from one of its pages to another then land on the pages they became.
                        var sourcePages = page.Source.PageReferences();
                        for (var j = i; j < pages.Count; j++)
                            if (pages[j] is ImportedPage other && other.Source == page.Source && other.PageNumber - 1 < sourcePages.Count)
                                copier.MapPage(sourcePages[other.PageNumber - 1], pageObjs[j]);
                    }
                    WriteImportedPage(w, copier, page, pageObjs[i], pageTree, i, owners, FontFor, fontObjs);
                    break;
                }
            }
            parentTree.Add((parentTree.Count, owners));
        }
        foreach (var copier in copiers.Values) copier.Flush();

        foreach (var (font, obj) in fontObjs) font.Write(w, obj);
        w.Object(resources, $"<< /Font << {string.Join(" ", fontObjs.Select(f => $"/{f.Key.ResourceName} {PdfSyntax.Ref(f.Value)}"))} >> >>");
        w.Object(pageTree, $"<< /Type /Pages /Kids [{string.Join(" ", pageObjs.Select(PdfSyntax.Ref))}] /Count {pages.Count} >>");

        var structRoot = WriteStructure(w, root, pageObjs, parentTree, annotationParents, info.Language);
        var outlineRoot = outlines.Count > 0 ? WriteOutlines(w, outlines, pageObjs, pages) : 0;
        var missing = fonts.Values.SelectMany(f => f.Missing).Distinct().Order().ToList();
        if (missing.Count > 0)
            warn?.Invoke($"'{info.Title}' has characters that neither its font nor the fallback font can show, so they are left out: " +
                string.Join(", ", missing.Select(cp => $"{char.ConvertFromUtf32(cp)} (U+{cp:X4})")) + ".");
        // PDF/UA-1 holds only for what we tagged ourselves: an imported appendix's content is one untagged Part,
        // and a character without a glyph breaks its rule that all text maps to Unicode.
        var universallyAccessible = missing.Count == 0 && pages.All(p => p is LaidOutPage);
        var metadata = w.Allocate();
        w.Stream(metadata, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp(info, universallyAccessible)), compress: false);

        var infoBody = new StringBuilder($"<< /Title {PdfSyntax.Text(info.Title)}");
        if (info.Author is not null) infoBody.Append($" /Author {PdfSyntax.Text(info.Author)}");
        if (info.Subject is not null) infoBody.Append($" /Subject {PdfSyntax.Text(info.Subject)}");
        infoBody.Append($" /Creator (CommitteeHub) /Producer (CommitteeHub.Documents) /CreationDate ({PdfSyntax.Date(info.Created)}) >>");
        w.Object(infoObj, infoBody.ToString());

        w.Object(catalog,
            $"<< /Type /Catalog /Pages {PdfSyntax.Ref(pageTree)} /StructTreeRoot {PdfSyntax.Ref(structRoot)} " +
            $"/MarkInfo << /Marked true >> /Lang {PdfSyntax.Text(info.Language)} /ViewerPreferences << /DisplayDocTitle true >> " +
            $"/Metadata {PdfSyntax.Ref(metadata)}" +
            (outlineRoot > 0 ? $" /Outlines {PdfSyntax.Ref(outlineRoot)} /PageMode /UseOutlines" : "") + " >>");
        return w.Finish(catalog, infoObj, info.Title);
    }

    private static void WriteImportedPage(PdfWriter w, ObjectCopier copier, ImportedPage page, int pageObj, int pageTree,
        int pageIndex, List<StructElement> owners, Func<FontFace, EmbeddedFont> fontFor, Dictionary<EmbeddedFont, int> fontObjs)
    {
        var source = page.Source;
        var (dict, resourcesToken, mediaBox, cropBox, rotate) = source.Page(page.PageNumber);

        // The uploaded page's own content, wrapped in one marked-content sequence belonging to the appendix's
        // structure element, and our page furniture stamped over it as artifacts.
        page.Owner.Attach();
        page.Owner.Kids.Add(new MarkedContentRef(pageIndex, 0));
        owners.Add(page.Owner);
        var before = w.Allocate();
        w.Stream(before, "", Encoding.ASCII.GetBytes($"/{page.Owner.Type} <</MCID 0>> BDC q\n"), compress: false);
        var contents = new List<string> { PdfSyntax.Ref(before) };
        if (source.ContentWithoutMarkedContentIds(dict) is { } content)
        {
            var contentObj = w.Allocate();
            w.Stream(contentObj, "", content);
            contents.Add(PdfSyntax.Ref(contentObj));
        }
        else if (dict.Data.TryGetValue("Contents", out var c))
        {
            var resolved = source.Resolve(c);
            if (resolved is ArrayToken array) contents.AddRange(array.Data.Select(copier.Serialize));
            else contents.Add(copier.Serialize(c));
        }
        var mediaBoxText = mediaBox is null ? "[0 0 595.28 841.89]" : copier.Serialize(source.Resolve(mediaBox));
        // Our fonts go into the page's resources under a prefix none of its own names starts with.
        var resolvedResources = resourcesToken is null ? null : source.Resolve(resourcesToken) as DictionaryToken;
        var ownFontNames = resolvedResources is not null && resolvedResources.Data.TryGetValue("Font", out var ownFonts) &&
            source.Resolve(ownFonts) is DictionaryToken ownFontDict ? ownFontDict.Data.Keys.ToList() : [];
        var prefix = "Stamp";
        while (ownFontNames.Any(n => n.StartsWith(prefix, StringComparison.Ordinal))) prefix += "X";
        var stampOwners = new List<StructElement>();
        // The stamp is laid out on the page as the reader sees it (turned by /Rotate) and mapped onto the page.
        var stamp = ContentEncoder.Encode(page.Stamp, pageIndex, stampOwners, fontFor, prefix);
        var after = w.Allocate();
        w.Stream(after, "", Encoding.Latin1.GetBytes($"\nQ EMC\nq {source.Frame(page.PageNumber).ViewedToPage} cm\n{stamp}Q\n"));
        contents.Add(PdfSyntax.Ref(after));

        // Resources: the page's own, with our fonts added for the stamp under names it cannot already use.
        var res = new StringBuilder("<<");
        var fontsWritten = false;
        if (resolvedResources is { } resDict)
        {
            foreach (var (key, value) in resDict.Data)
            {
                if (key == "Font")
                {
                    var fontDict = source.Resolve(value) as DictionaryToken;
                    res.Append(" /Font <<");
                    if (fontDict is not null)
                        foreach (var (fk, fv) in fontDict.Data) res.Append(' ').Append(PdfSyntax.Name(fk)).Append(' ').Append(copier.Serialize(fv));
                    foreach (var f in fontObjs) res.Append($" /{prefix}{f.Key.ResourceName} {PdfSyntax.Ref(f.Value)}");
                    res.Append(" >>");
                    fontsWritten = true;
                }
                else res.Append(' ').Append(PdfSyntax.Name(key)).Append(' ').Append(copier.Serialize(value));
            }
        }
        if (!fontsWritten) res.Append(" /Font <<").Append(string.Concat(fontObjs.Select(f => $" /{prefix}{f.Key.ResourceName} {PdfSyntax.Ref(f.Value)}"))).Append(" >>");
        res.Append(" >>");

        var body = new StringBuilder($"<< /Type /Page /Parent {PdfSyntax.Ref(pageTree)} /MediaBox {mediaBoxText}");
        if (cropBox is not null) body.Append(" /CropBox ").Append(copier.Serialize(source.Resolve(cropBox)));
        if (rotate is not null) body.Append(" /Rotate ").Append(copier.Serialize(source.Resolve(rotate)));
        if (dict.Data.TryGetValue("Group", out var group)) body.Append(" /Group ").Append(copier.Serialize(group));
        if (dict.Data.TryGetValue("UserUnit", out var unit)) body.Append(" /UserUnit ").Append(copier.Serialize(unit));
        // Links stay with the page: to web addresses, and to the appendix's own pages (see ObjectCopier.IsCopiableLink).
        if (dict.Data.TryGetValue("Annots", out var annots) && source.Resolve(annots) is ArrayToken annotList)
        {
            var links = annotList.Data.Select(source.Resolve).OfType<DictionaryToken>().Where(copier.IsCopiableLink).Select(copier.Serialize).ToList();
            if (links.Count > 0) body.Append(" /Annots [").Append(string.Join(" ", links)).Append(']');
        }
        body.Append($" /Resources {res} /Contents [{string.Join(" ", contents)}] /StructParents {pageIndex} /Tabs /S >>");
        w.Object(pageObj, body.ToString());
    }

    /// <summary>A link annotation over linked text, tied to its Link element both ways (an OBJR among the element's
    /// kids, the annotation's /StructParent in the parent tree), with /Contents describing it, as PDF/UA asks.</summary>
    private static int LinkAnnotation(PdfWriter w, LinkArea link, int pageIndex, int[] pageObjs, int key,
        List<(int Key, StructElement Owner)> annotationParents)
    {
        var annot = w.Allocate();
        annotationParents.Add((key, link.Owner));
        link.Owner.Attach();
        link.Owner.Kids.Add(new ObjectRef(pageIndex, annot));
        string target, contents;
        if (link.TargetPage is int p)
        {
            target = $"/Dest [{PdfSyntax.Ref(pageObjs[p])} /Fit]";
            contents = $"{link.Text.Trim()}: go to page {p + 1}";
        }
        else
        {
            var uri = Uri.TryCreate(link.Target, UriKind.Absolute, out var u) ? u.AbsoluteUri : link.Target;
            target = $"/A << /S /URI /URI {PdfSyntax.Text(uri)} >>";
            contents = uri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "Email " + uri["mailto:".Length..] : "Link to " + uri;
        }
        w.Object(annot, $"<< /Type /Annot /Subtype /Link /Rect [{PdfSyntax.Num(link.X1)} {PdfSyntax.Num(link.Y1)} {PdfSyntax.Num(link.X2)} {PdfSyntax.Num(link.Y2)}] " +
            $"/Border [0 0 0] /F 4 /Contents {PdfSyntax.Text(contents)} /StructParent {key} {target} >>");
        return annot;
    }

    private static int WriteStructure(PdfWriter w, StructElement root, int[] pageObjs,
        List<(int Key, List<StructElement> Owners)> parentTree, List<(int Key, StructElement Owner)> annotationParents, string language)
    {
        var treeRoot = w.Allocate();
        var all = new List<StructElement>();
        void Number(StructElement e)
        {
            e.ObjectNumber = w.Allocate();
            all.Add(e);
            foreach (var k in e.Kids) if (k is StructElement child) Number(child);
        }
        root.Attached = true;
        Number(root);
        foreach (var e in all)
        {
            var firstPage = e.Kids.OfType<MarkedContentRef>().Select(m => (int?)m.Page).FirstOrDefault();
            var sb = new StringBuilder($"<< /Type /StructElem /S {PdfSyntax.Name(e.Type)} /P {PdfSyntax.Ref(e.Parent?.ObjectNumber ?? treeRoot)}");
            if (firstPage is int fp) sb.Append(" /Pg ").Append(PdfSyntax.Ref(pageObjs[fp]));
            if (e.Title is not null) sb.Append(" /T ").Append(PdfSyntax.Text(e.Title));
            if (e.ActualText is not null) sb.Append(" /ActualText ").Append(PdfSyntax.Text(e.ActualText));
            if (e.Attributes is not null) sb.Append(" /A << ").Append(e.Attributes).Append(" >>");
            if (e == root) sb.Append(" /Lang ").Append(PdfSyntax.Text(language));
            sb.Append(" /K [");
            foreach (var k in e.Kids)
            {
                if (k is StructElement child) sb.Append(' ').Append(PdfSyntax.Ref(child.ObjectNumber));
                else if (k is MarkedContentRef m)
                {
                    if (m.Page == firstPage) sb.Append(' ').Append(m.Mcid);
                    else sb.Append($" << /Type /MCR /Pg {PdfSyntax.Ref(pageObjs[m.Page])} /MCID {m.Mcid} >>");
                }
                else if (k is ObjectRef o) sb.Append($" << /Type /OBJR /Pg {PdfSyntax.Ref(pageObjs[o.Page])} /Obj {PdfSyntax.Ref(o.Object)} >>");
            }
            sb.Append(" ] >>");
            w.Object(e.ObjectNumber, sb.ToString());
        }

        var nums = new StringBuilder();
        foreach (var (key, owners) in parentTree)
            nums.Append(key).Append(" [").Append(string.Join(" ", owners.Select(o => PdfSyntax.Ref(o.ObjectNumber)))).Append("] ");
        foreach (var (key, owner) in annotationParents) nums.Append(key).Append(' ').Append(PdfSyntax.Ref(owner.ObjectNumber)).Append(' ');
        var parentTreeObj = w.Allocate();
        w.Object(parentTreeObj, $"<< /Nums [{nums}] >>");
        // Our own roles for changes, so a tool that knows them can tell insertions from deletions, mapped to the
        // standard Span for every other reader.
        w.Object(treeRoot,
            $"<< /Type /StructTreeRoot /K [{PdfSyntax.Ref(root.ObjectNumber)}] /ParentTree {PdfSyntax.Ref(parentTreeObj)} " +
            $"/ParentTreeNextKey {parentTree.Count + annotationParents.Count} /RoleMap << /Ins /Span /Del /Span >> >>");
        return treeRoot;
    }

    private sealed class OutlineNode(OutlineEntry? entry)
    {
        public OutlineEntry? Entry { get; } = entry;
        public List<OutlineNode> Children { get; } = [];
        public int Number { get; set; }
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    private static int WriteOutlines(PdfWriter w, IReadOnlyList<OutlineEntry> entries, int[] pageObjs, IReadOnlyList<OutputPage> pages)
    {
        var root = new OutlineNode(null);
        var stack = new List<(int Level, OutlineNode Node)> { (0, root) };
        foreach (var e in entries)
        {
            while (stack[^1].Level >= e.Level) stack.RemoveAt(stack.Count - 1);
            var node = new OutlineNode(e);
            stack[^1].Node.Children.Add(node);
            stack.Add((e.Level, node));
        }
        void Number(OutlineNode n)
        {
            n.Number = w.Allocate();
            foreach (var c in n.Children) Number(c);
        }
        Number(root);
        void Write(OutlineNode n, OutlineNode? parent, OutlineNode? prev, OutlineNode? next)
        {
            var sb = new StringBuilder("<<");
            if (n.Entry is { } e)
            {
                var height = pages[e.PageIndex] is LaidOutPage p ? p.Height : 842;
                sb.Append(" /Title ").Append(PdfSyntax.Text(e.Title)).Append(" /Parent ").Append(PdfSyntax.Ref(parent!.Number));
                sb.Append($" /Dest [{PdfSyntax.Ref(pageObjs[e.PageIndex])} /XYZ 0 {PdfSyntax.Num(Math.Min(e.Y, height))} 0]");
                if (prev is not null) sb.Append(" /Prev ").Append(PdfSyntax.Ref(prev.Number));
                if (next is not null) sb.Append(" /Next ").Append(PdfSyntax.Ref(next.Number));
            }
            else sb.Append(" /Type /Outlines");
            if (n.Children.Count > 0)
                sb.Append($" /First {PdfSyntax.Ref(n.Children[0].Number)} /Last {PdfSyntax.Ref(n.Children[^1].Number)} /Count {n.Descendants}");
            sb.Append(" >>");
            w.Object(n.Number, sb.ToString());
            for (var i = 0; i < n.Children.Count; i++)
                Write(n.Children[i], n, i > 0 ? n.Children[i - 1] : null, i + 1 < n.Children.Count ? n.Children[i + 1] : null);
        }
        Write(root, null, null, null);
        return root.Number;
    }

    private static string Xmp(DocumentInfo info, bool universallyAccessible)
    {
        static string X(string s) => SecurityElement.Escape(s) ?? "";
        const char Bom = '\uFEFF';
        var date = info.Created.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return $"""
            <?xpacket begin="{Bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(info.Title)}</rdf:li></rdf:Alt></dc:title>
               <dc:language><rdf:Bag><rdf:li>{X(info.Language)}</rdf:li></rdf:Bag></dc:language>
            {(info.Author is null ? "" : $"   <dc:creator><rdf:Seq><rdf:li>{X(info.Author)}</rdf:li></rdf:Seq></dc:creator>\n")}   <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:CreatorTool>CommitteeHub</xmp:CreatorTool>
               <pdf:Producer>CommitteeHub.Documents</pdf:Producer>
              </rdf:Description>
            {(universallyAccessible ? "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n" : "")}
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }
}
