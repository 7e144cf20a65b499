using CommitteeHub.Documents.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.TestFiles;

/// <summary>Word files as a councillor returns them: shared by the library's tests and the web tests.</summary>
public static class EditedInWord
{
    /// <summary>An exported motion file whose first amendment's tracked text is made the file's motion, as a
    /// councillor's edits to the motion with Track Changes on would be.</summary>
    public static byte[] WithTrackedChanges(byte[] exported)
    {
        using var buffer = new MemoryStream();
        buffer.Write(exported);
        using (var document = WordprocessingDocument.Open(buffer, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            body.Elements<BookmarkStart>().Single(b => b.Name == MotionWord.MotionBookmark).Remove();
            body.Elements<BookmarkStart>().Single(b => b.Name == MotionWord.AmendmentBookmark(1)).Name = MotionWord.MotionBookmark;
        }
        return buffer.ToArray();
    }
}
