using System.Security.Cryptography;

namespace CommitteeHub.Domain;

public enum DocumentKind { Report, Appendix, SupportingDocument }

/// <summary>A paper's way to publication: written, submitted by its author, approved for publication by the clerk.</summary>
public enum ReportStatus { Draft, Submitted, Approved }

/// <summary>
/// A paper on an agenda item: a report, an appendix or a supporting document, either written here in Markdown or
/// uploaded as a file. A document is exempt if its item is, or if it is exempt itself (an exempt appendix to a public
/// report, say).
/// </summary>
public sealed class Document
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> AllowedUploads = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
    };

    private readonly List<DocumentRevision> _revisions = [];

    private Document() { }

    private Document(string title, DocumentKind kind, string? author)
    {
        Title = Guard.Required(title, "Document title", 300);
        Kind = kind;
        Author = Guard.Optional(author, "Author", 300);
        Version = 1;
    }

    public static Document Written(string title, DocumentKind kind, string? author, string body) =>
        new(title, kind, author) { Body = Guard.Markdown(body, "Document text", 500_000, required: true) };

    public static Document Uploaded(string title, DocumentKind kind, string? author, string fileName, byte[] content)
    {
        // The name is made safe first, so that what is checked is what is kept and shown.
        var name = FileNames.ForDisplay(fileName);
        var extension = Path.GetExtension(name);
        if (!AllowedUploads.TryGetValue(extension, out var contentType))
            throw new DomainException($"\"{name}\" is not a document we can publish: upload a PDF, Word (.docx), Excel (.xlsx) or OpenDocument (.odt) file.");
        if (content is null || content.Length == 0) throw new DomainException($"\"{name}\" is empty.");
        if (content.Length > MaxUploadBytes)
            throw new DomainException($"\"{name}\" is larger than the {MaxUploadBytes / 1024 / 1024} MB limit.");
        return new Document(title, kind, author)
        {
            FileName = name, ContentType = contentType, File = new DocumentFile(content), FileSize = content.Length,
            FileSha256 = DocumentFile.Fingerprint(content),
        };
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public string Title { get; private set; } = "";
    public DocumentKind Kind { get; private set; }
    public string? Author { get; private set; }
    /// <summary>The text of a document written here (Markdown); null for an uploaded file.</summary>
    public string? Body { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    /// <summary>The uploaded file's bytes, kept in a table of their own and never loaded with the document: they are
    /// read only to download, print or check the file. Set here only when a file is uploaded.</summary>
    public DocumentFile? File { get; private set; }
    public int? FileId { get; private set; }
    public int? FileSize { get; private set; }
    /// <summary>The SHA-256 of the file's bytes (lower-case hex): what a printed pack that merged it is keyed on.</summary>
    public string? FileSha256 { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public int Version { get; private set; }
    /// <summary>Set when the document itself is exempt under Schedule 12A although its item is not.</summary>
    public int? ExemptParagraph { get; private set; }
    public ReportStatus Status { get; private set; }
    /// <summary>Earlier published versions, kept open to inspection (s.100C: six years).</summary>
    public IReadOnlyList<DocumentRevision> Revisions => _revisions;

    public bool IsUpload => FileName is not null;
    public bool IsPublished => PublishedOn is not null;

    internal Document Submit()
    {
        if (Status != ReportStatus.Draft) throw new DomainException($"\"{Title}\" has already been submitted.");
        Status = ReportStatus.Submitted;
        return this;
    }

    /// <summary>Approves the paper for publication; only approved papers are ever published.</summary>
    internal Document Approve()
    {
        if (Status == ReportStatus.Approved) throw new DomainException($"\"{Title}\" is already approved for publication.");
        Status = ReportStatus.Approved;
        return this;
    }

    /// <summary>Sends a paper back to its author before it is published.</summary>
    internal void ReturnToDraft()
    {
        if (IsPublished) throw new DomainException($"\"{Title}\" is published: a change now is a new version, not a return to draft.");
        Status = ReportStatus.Draft;
    }

    internal Document PublishedAt(DateOnly day)
    {
        if (Status != ReportStatus.Approved)
            throw new DomainException($"\"{Title}\" is not approved for publication: only approved papers are published.");
        PublishedOn ??= day;
        return this;
    }

    internal Document ExemptUnder(int paragraph)
    {
        Schedule12A.Describe(paragraph);
        ExemptParagraph = paragraph;
        return this;
    }

    /// <summary>A published document that changes becomes a new version; the earlier one stays available.</summary>
    internal void Revise(string body, DateTime now)
    {
        if (IsUpload) throw new DomainException("An uploaded document is revised by uploading a new file.");
        var revised = Guard.Markdown(body, "Document text", 500_000, required: true);
        if (revised == Body) return;
        KeepPublishedVersion(now);
        Body = revised;
    }

    /// <summary>Replaces an uploaded file; once published, the earlier file stays available as an earlier version.</summary>
    internal void Replace(string fileName, byte[] content, DateTime now)
    {
        if (!IsUpload) throw new DomainException("A document written here is revised by editing its text.");
        var upload = Uploaded(Title, Kind, Author, fileName, content);
        KeepPublishedVersion(now);
        (FileName, ContentType, File, FileSize, FileSha256) = (upload.FileName, upload.ContentType, upload.File, upload.FileSize, upload.FileSha256);
    }

    private void KeepPublishedVersion(DateTime now)
    {
        if (PublishedOn is null) return;
        _revisions.Add(new DocumentRevision(this, PublishedOn.Value, now));
        Version++;
        PublishedOn = DateOnly.FromDateTime(now);
    }

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Report => "Report",
        DocumentKind.Appendix => "Appendix",
        _ => "Supporting document",
    };
}

/// <summary>A published version of a document that a later version replaced.</summary>
public sealed class DocumentRevision
{
    private DocumentRevision() { }

    /// <summary>Keeps the document's present version. Its file (its bytes are not loaded) is kept by reference.</summary>
    internal DocumentRevision(Document current, DateOnly publishedOn, DateTime replacedAt)
    {
        Version = current.Version;
        Body = current.Body;
        FileName = current.FileName;
        ContentType = current.ContentType;
        (File, FileId, FileSize, FileSha256) = (current.File, current.FileId, current.FileSize, current.FileSha256);
        PublishedOn = publishedOn;
        ReplacedAt = replacedAt;
    }

    public int Id { get; private set; }
    public int DocumentId { get; private set; }
    public int Version { get; private set; }
    public string? Body { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public DocumentFile? File { get; private set; }
    public int? FileId { get; private set; }
    public int? FileSize { get; private set; }
    public string? FileSha256 { get; private set; }
    public DateOnly PublishedOn { get; private set; }
    public DateTime ReplacedAt { get; private set; }
}

/// <summary>An uploaded file's bytes, apart from the paper that refers to them so that loading a meeting's papers
/// never loads their files (up to 20 MB each). A file is never changed: a new upload is a new file.</summary>
public sealed class DocumentFile
{
    private DocumentFile() { }

    internal DocumentFile(byte[] content) => Content = content;

    public int Id { get; private set; }
    public byte[] Content { get; private set; } = [];

    internal static string Fingerprint(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
