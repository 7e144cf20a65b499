using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CommitteeHub.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (its own browser download does not work here), started once for
/// the browser tests. CHROMIUM_PATH overrides where it is.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        if (_browser is null)
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
            if (!File.Exists(path))
                throw new InvalidOperationException($"Chromium was not found at {path}. Install it with `apt-get install -y chromium` (the README's test command does), or set CHROMIUM_PATH.");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "en-GB", JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Runs axe on the page and fails with the violations listed if any WCAG 2.x A or AA rule is broken.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var problems = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(problems.Count == 0, $"axe found WCAG A/AA violations on {page.Url}:\n{string.Join("\n", problems)}");
        Assert.NotEmpty(results.Passes);
    }
}
