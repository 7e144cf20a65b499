using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CommitteeHub.Tests.Support;

/// <summary>What a browser sends for a form as the page shows it: every named field, hidden ones included, ticked boxes
/// only, no files.</summary>
public static class FormFields
{
    /// <summary>The button that takes <paramref name="step"/>: a named handler's (<c>formaction="...?handler=Step"</c>), or
    /// a button sending <c>step=Step</c>.</summary>
    public static string ButtonFor(string step) => $"button[formaction$='handler={step}'], button[name='step'][value='{step}']";

    /// <summary>Where a browser posts when <paramref name="button"/> is pressed, and the fields the button adds itself.</summary>
    public static (string Address, List<KeyValuePair<string, string>> Fields) Pressing(IElement button, string pageAddress)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (button.GetAttribute("name") is { } name) fields.Add(new(name, button.GetAttribute("value") ?? ""));
        var address = button.GetAttribute("formaction") ?? button.Closest("form")?.GetAttribute("action");
        return (string.IsNullOrEmpty(address) ? pageAddress : address, fields);
    }

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
