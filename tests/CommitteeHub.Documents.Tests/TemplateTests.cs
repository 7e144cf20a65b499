using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Tests;

public class TemplateTests
{
    [Fact]
    public void The_shipped_templates_load_with_the_report_structure_and_the_schedule_12A_wording()
    {
        var t = Pdfs.Templates;
        Assert.Equal(210, t.Style.PageWidthMm);
        Assert.Contains("## The focus for scrutiny", t.ReportTemplate);
        Assert.Contains("{paragraph} of Part 1 of Schedule 12A", t.Wording.Agenda.ExemptNotice);
    }

    [Fact]
    public void A_wording_file_missing_an_entry_is_refused_with_the_file_named()
    {
        var dir = Directory.CreateTempSubdirectory("templates-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "templates");
        File.Copy(Path.Combine(source, "pdf-style.json"), Path.Combine(dir, "pdf-style.json"));
        Directory.CreateDirectory(Path.Combine(dir, "fonts"));
        foreach (var f in Directory.GetFiles(Path.Combine(source, "fonts"))) File.Copy(f, Path.Combine(dir, "fonts", Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(dir, "wording.json"),
            File.ReadAllText(Path.Combine(source, "wording.json")).Replace("\"exemptNotice\"", "\"exemptNoticeTypo\""));
        var e = Assert.Throws<InvalidDataException>(() => DocumentTemplates.Load(dir));
        Assert.Contains("wording.json", e.Message);
    }

    [Fact]
    public void Find_walks_up_to_the_templates_folder()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "templates"), DocumentTemplates.Find(AppContext.BaseDirectory));
    }
}
