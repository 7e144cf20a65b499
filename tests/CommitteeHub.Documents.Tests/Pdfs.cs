using System.Diagnostics;
using CommitteeHub.Documents.Templates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CommitteeHub.Documents.Tests;

/// <summary>Shared helpers: the shipped templates, and reading our PDFs back as a reader would.</summary>
public static class Pdfs
{
    private static readonly Lazy<DocumentTemplates> Loaded = new(() =>
        DocumentTemplates.Load(Path.Combine(AppContext.BaseDirectory, "templates")));

    public static DocumentTemplates Templates => Loaded.Value;

    /// <summary>The text of every page in reading order, one string per page.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToList();
    }

    public static string AllText(byte[] pdf) => string.Join("\n", PageTexts(pdf));

    /// <summary>Collapses whitespace so that assertions do not depend on where lines broke.</summary>
    public static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static List<Letter> Letters(Page page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

    /// <summary>Runs a command-line PDF tool (test.sh installs qpdf and poppler-utils); fails the test if it is missing.</summary>
    public static async Task<(int ExitCode, string Output)> RunToolAsync(string tool, params string[] args)
    {
        var path = new[] { "/usr/bin/", "/usr/local/bin/" }.Select(d => d + tool).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} is not installed: run ./test.sh, which installs it (qpdf, poppler-utils).");
        var psi = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await output + await error);
    }

    public static string Save(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "committeehub-pdf-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
