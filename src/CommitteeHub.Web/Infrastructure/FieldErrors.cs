using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// GOV.UK's error message pattern, for every field of every form (drawn with <c>asp-for</c> or named by hand): the
/// field's message stands between its label and the field, the field is marked invalid and described by it. Done
/// here once, so no page can list a problem in its summary without saying it again where the reader puts it right.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>After the framework's own helpers, which write the field's name and id.</summary>
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = output.Attributes["type"]?.Value?.ToString();
        if (string.Equals(type, "hidden", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "submit", StringComparison.OrdinalIgnoreCase)) return;
        var name = For is null ? output.Attributes["name"]?.Value?.ToString() : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (string.IsNullOrEmpty(name)) return;
        var id = output.Attributes["id"]?.Value?.ToString() ?? TagBuilder.CreateSanitizedId(name, "_");
        var firstOnPage = FormFields.Of(ViewContext.HttpContext).Saw(name, id);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0) return;

        output.Attributes.SetAttribute("aria-invalid", "true");
        if (!firstOnPage) return; // a radio group's second button: the message stands once, before the first
        var messageId = id + "-error";
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? messageId : $"{messageId} {describedBy}");

        var message = new TagBuilder("p") { Attributes = { ["id"] = messageId } };
        message.AddCssClass("field-error");
        message.InnerHtml.AppendHtml("<span class=\"visually-hidden\">Error: </span>");
        message.InnerHtml.Append(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
        output.PreElement.AppendHtml(message);
    }
}

/// <summary>The fields a page has drawn so far, in the order it drew them, each with the id a link to it takes.</summary>
public sealed class FormFields
{
    readonly List<(string Name, string Id)> order = [];

    public static FormFields Of(HttpContext context)
    {
        if (context.Items[typeof(FormFields)] is not FormFields fields) context.Items[typeof(FormFields)] = fields = new FormFields();
        return fields;
    }

    /// <summary>Notes a field; true the first time the page draws it.</summary>
    public bool Saw(string name, string id)
    {
        if (order.Exists(f => f.Name == name)) return false;
        order.Add((name, id));
        return true;
    }

    public int Place(string name) => order.FindIndex(f => f.Name == name) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>The id of the field of that name, as drawn; as ASP.NET would make it where the page has no such field.</summary>
    public string IdOf(string name) => order.Find(f => f.Name == name).Id ?? TagBuilder.CreateSanitizedId(name, "_");
}

/// <summary>
/// The error summary's list, in the order the form asks its questions. The summary stands above the form, so it
/// is written out only when the page is (Razor keeps the page's HTML until then), by which time every field has
/// been drawn and noted. Problems with no field of their own come last, in the order they were found.
/// </summary>
public sealed class ErrorSummaryList(ModelStateDictionary modelState, FormFields fields) : IHtmlContent
{
    public bool Any => modelState.ErrorCount > 0;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var problems = modelState
            .Where(e => e.Value?.Errors.Count > 0)
            .Select((e, found) => (e.Key, Errors: e.Value!.Errors, found))
            .OrderBy(e => fields.Place(e.Key)).ThenBy(e => e.found);
        writer.Write("<ul>");
        foreach (var (key, errors, _) in problems)
            foreach (var error in errors)
            {
                writer.Write("<li>");
                var message = encoder.Encode(error.ErrorMessage);
                if (key.Length > 0) writer.Write($"<a href=\"#{encoder.Encode(fields.IdOf(key))}\">{message}</a>");
                else writer.Write(message);
                writer.Write("</li>");
            }
        writer.Write("</ul>");
    }
}
