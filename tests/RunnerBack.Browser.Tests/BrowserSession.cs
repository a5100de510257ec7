using System;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace RunnerBack.Browser.Tests
{
    // Headless Chromium from Debian's package (CHROMIUM_PATH, default /usr/bin/chromium), on a
    // phone-sized page. --no-sandbox because CI runs as root; the networking flags keep Chromium
    // from calling home on a machine with no outside network.
    internal sealed class BrowserSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
        {
            _playwright = playwright;
            _browser = browser;
            Page = page;
        }

        public IPage Page { get; }

        public static async Task<BrowserSession> StartAsync(Uri address)
        {
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                Args = new[]
                {
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                },
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions
            {
                BaseURL = address.ToString(),
                Locale = "en-GB",
                ViewportSize = new ViewportSize { Width = 390, Height = 844 },
                IsMobile = true,
                HasTouch = true,
            });
            page.SetDefaultTimeout(15_000);
            await page.GotoAsync(address.ToString());
            return new BrowserSession(playwright, browser, page);
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
