using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// The rules every value taken from an address, a query string or a form obeys, whatever page binds it: text holds no
/// control characters (PostgreSQL refuses NUL in text, and the others have no place in a council's records), and a
/// tick box is a yes or a no. A value that breaks them is not bound; the field gets a message instead, so a GET
/// answers 400 with the reason (<see cref="BadInputFilter"/>) and a form is shown again with the message.
/// </summary>
public sealed class FieldBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (type == typeof(string))
            return new TextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
        if (type == typeof(bool) || type == typeof(bool?)) return new TickBoxBinder();
        return null;
    }

    /// <summary>The first character text may not hold, or null: the C0 controls (NUL among them) other than tab,
    /// carriage return and line feed, and DEL.</summary>
    public static char? Forbidden(string text)
    {
        foreach (var c in text)
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007f') return c;
        return null;
    }

    private sealed class TextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.Model is not string text || Forbidden(text) is not { } c) return;
            context.ModelState.TryAddModelError(context.ModelName,
                $"{context.ModelMetadata.GetDisplayName()} contains a control character (U+{(int)c:X4}) that cannot be kept: remove it and try again.");
            context.Result = ModelBindingResult.Failed();
        }
    }

    /// <summary>
    /// A tick box posts "true" (with a hidden "false" after it) from our forms, "on" from a plain HTML one; "yes", "1"
    /// and their opposites are read the same way. Anything else is a message on the field. The value kept for showing
    /// the form again is the answer as read, never the text sent: the tick box renderer would throw on "maybe".
    /// </summary>
    private sealed class TickBoxBinder : IModelBinder
    {
        private static readonly string[] Yes = ["true", "on", "yes", "1", "checked"];
        private static readonly string[] No = ["false", "off", "no", "0", ""];

        public Task BindModelAsync(ModelBindingContext context)
        {
            var sent = context.ValueProvider.GetValue(context.ModelName);
            if (sent == ValueProviderResult.None) return Task.CompletedTask;
            var text = sent.FirstValue?.Trim() ?? "";
            bool? answer = Yes.Contains(text, StringComparer.OrdinalIgnoreCase) ? true : No.Contains(text, StringComparer.OrdinalIgnoreCase) ? false : null;
            if (answer is null)
            {
                context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: null);
                context.ModelState.TryAddModelError(context.ModelName,
                    $"\"{(text.Length > 40 ? text[..40] + "…" : text)}\" is not an answer for {context.ModelMetadata.GetDisplayName()}: tick the box or leave it clear.");
                context.Result = ModelBindingResult.Failed();
                return Task.CompletedTask;
            }
            bool? bound = text.Length == 0 && context.ModelType == typeof(bool?) ? null : answer;
            context.ModelState.SetModelValue(context.ModelName, bound, bound?.ToString().ToLowerInvariant());
            context.Result = ModelBindingResult.Success(bound);
            return Task.CompletedTask;
        }
    }
}
