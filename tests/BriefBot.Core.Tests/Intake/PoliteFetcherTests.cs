using BriefBot.Core.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.Intake;

public sealed class PoliteFetcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_fetch_sends_the_etag_and_takes_a_304_as_not_modified()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/feed.xml", "application/rss+xml", Feeds.Rss(("g1", "/a", "A", null)), etag: "\"v1\"");

        var first = await rig.Fetcher.FetchAsync(rig.Web.Url("/feed.xml"), FetchKind.Feed, null, null, Ct);
        var second = await rig.Fetcher.FetchAsync(rig.Web.Url("/feed.xml"), FetchKind.Feed, first.ETag, first.LastModified, Ct);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal("\"v1\"", rig.Web.Requests[^1].IfNoneMatch);
    }

    [Fact]
    public async Task A_429_with_retry_after_keeps_the_host_waiting_without_further_requests()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Status("/busy", 429, new Dictionary<string, string>(StringComparer.Ordinal) { ["Retry-After"] = "120" });

        var first = await rig.Fetcher.FetchAsync(rig.Web.Url("/busy"), FetchKind.Page, null, null, Ct);
        var during = await rig.Fetcher.FetchAsync(rig.Web.Url("/other"), FetchKind.Page, null, null, Ct);
        rig.Time.Advance(TimeSpan.FromSeconds(121));
        var after = await rig.Fetcher.FetchAsync(rig.Web.Url("/other"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.RetryLater, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), first.RetryAfter);
        Assert.Equal(FetchStatus.RetryLater, during.Status);
        Assert.Equal(1, rig.Web.CountOf("/busy"));
        Assert.Equal(FetchStatus.Failed, after.Status);
        Assert.Equal(1, rig.Web.CountOf("/other"));
    }

    [Fact]
    public async Task A_server_error_is_a_failure_to_retry()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Status("/broken", 500);

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/broken"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("HTTP 500", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_on_the_clock()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Hang("/slow");

        var fetch = rig.Fetcher.FetchAsync(rig.Web.Url("/slow"), FetchKind.Page, null, null, Ct);
        await rig.Web.Hung.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("no complete answer within 30 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_50_mb_body_is_refused_at_the_size_cap()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Endless("/huge", 50L * 1024 * 1024);

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/huge"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("more than the 10 MB", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_is_stopped()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Redirect("/a", "/b");
        rig.Web.Redirect("/b", "/a");

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/a"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("redirects in a loop", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, rig.Web.CountOf("/a"));
    }

    [Fact]
    public async Task Too_many_redirects_are_stopped()
    {
        await using var rig = await IntakeRig.StartAsync(Ct, o => o.MaxRedirects = 2);
        for (var i = 0; i < 5; i++)
        {
            rig.Web.Redirect($"/r{i}", $"/r{i + 1}");
        }

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/r0"), FetchKind.Page, null, null, Ct);

        Assert.Contains("more than 2 times", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Web.CountOf("/r3"));
    }

    [Fact]
    public async Task An_image_is_not_an_article()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/photo", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0]);

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/photo"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("image/jpeg", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_is_refused_with_a_clear_message_when_the_allow_list_does_not_name_it()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Serve("/page", "text/html", Pages.Story());
        using var strict = new PoliteFetcher(Options.Create(new ShelfOptions { PerHostInterval = TimeSpan.Zero }), new FakeTimeProvider(), NullLogger<PoliteFetcher>.Instance);

        var result = await strict.FetchAsync(rig.Web.Url("/page"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("BriefBot does not fetch 127.0.0.1", result.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", result.Message, StringComparison.Ordinal);
        Assert.Contains("Shelf__AllowedHosts__0", result.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Web.Requests);
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_host_to_a_private_one_is_refused()
    {
        await using var rig = await IntakeRig.StartAsync(Ct);
        rig.Web.Redirect("/jump", $"http://localhost:{rig.Web.Address.Port}/page");
        rig.Web.Serve("/page", "text/html", Pages.Story());

        var result = await rig.Fetcher.FetchAsync(rig.Web.Url("/jump"), FetchKind.Page, null, null, Ct);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("BriefBot does not fetch localhost", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, rig.Web.CountOf("/page"));
    }

    [Theory]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.20.0.1", "a private address")]
    [InlineData("192.168.1.10", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00::1", "a private (unique local) address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    public void Addresses_inside_a_network_are_named(string address, string described)
    {
        Assert.Equal(described, AddressGuard.Describe(System.Net.IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    public void Public_addresses_pass(string address)
    {
        Assert.Null(AddressGuard.Describe(System.Net.IPAddress.Parse(address)));
    }
}
