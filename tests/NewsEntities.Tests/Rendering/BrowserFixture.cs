using Microsoft.Playwright;
using NewsEntities.Tests.Acceptance;
using NewsEntities.Tests.Cli;

namespace NewsEntities.Tests.Rendering;

/// <summary>
/// One headless Chromium for all the browser tests, and the seed articles rendered once by the CLI into a
/// temporary folder. The browser is the system's (/usr/bin/chromium; .ci/run installs it): Playwright never
/// downloads one, and the flags keep Chromium off the network.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public string Folder { get; } = Directory.CreateTempSubdirectory("newsentities-render-").FullName;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // A failure, not a skip: CI installs Chromium, so a missing browser means these tests did not run.
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}; the HTML rendering tests need it. Install it with `apt-get install -y chromium` (.ci/run does).");
        }

        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var rendered = CliRunner.Run(null, ["render", "--corpus", "--out", Folder, .. seeds]);
        if (rendered.ExitCode != 0)
        {
            throw new InvalidOperationException("newsentities render failed: " + rendered.StandardError);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", // running as root in a container
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>
    /// Opens a page in a fresh context that refuses every request other than file: URLs, recording them all, and
    /// records any dialog (an alert would mean input ran as script).
    /// </summary>
    public async Task<OpenedPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var opened = new OpenedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        opened.Page.Request += (_, request) => opened.Requests.Add(request.Url);
        opened.Page.Dialog += (_, dialog) =>
        {
            opened.Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await opened.Page.GotoAsync(new Uri(path).AbsoluteUri);
        return opened;
    }
}

/// <summary>A page open in its own browser context, with the requests and dialogs seen so far.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Requests { get; } = [];

    public List<string> Dialogs { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
