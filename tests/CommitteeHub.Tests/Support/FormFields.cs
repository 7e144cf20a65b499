using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CommitteeHub.Tests.Support;

/// <summary>What a browser sends for a form as the page shows it: every named field, hidden ones included, ticked boxes
/// only, no files.</summary>
public static class FormFields
{
    public static List<KeyValuePair<string, string>> Of(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input, textarea, select"))
        {
            if (e.GetAttribute("name") is not { } name) continue;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked: break;
                case IHtmlInputElement { Type: "file" }: break;
                case IHtmlInputElement input: fields.Add(new(name, input.Value)); break;
                case IHtmlTextAreaElement area: fields.Add(new(name, area.Value)); break;
                case IHtmlSelectElement select: fields.Add(new(name, select.Value ?? "")); break;
            }
        }
        return fields;
    }
}
