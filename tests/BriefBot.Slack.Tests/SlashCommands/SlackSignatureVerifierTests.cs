using System.Text;
using BriefBot.Slack.SlashCommands;
using BriefBot.TestKit.Slack;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Slack.Tests.SlashCommands;

public sealed class SlackSignatureVerifierTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("command=%2Fwho&text=Hale");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SlackRequestSigner _signer = new();

    private SlackSignatureVerifier Verifier => new(_signer.SigningSecret, _time);

    private string Now => SlackRequestSigner.Timestamp(_time.GetUtcNow());

    [Fact]
    public void A_request_signed_with_the_secret_just_now_is_valid()
    {
        Assert.True(Verifier.IsValid(_signer.Sign(Now, Body), Now, Body));
    }

    [Fact]
    public void Slacks_documented_example_verifies()
    {
        // The worked example of Slack's "Verifying requests" page (signing secret, timestamp, body and signature as published).
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var body = Encoding.UTF8.GetBytes("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

        var valid = new SlackSignatureVerifier("8f742231b10e8888abcd99yyyzzz85a5", time)
            .IsValid("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "1531420618", body);

        Assert.True(valid);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("v1")]
    [InlineData("short")]
    [InlineData("not-hex")]
    [InlineData("missing")]
    public void A_wrong_or_malformed_signature_is_refused(string how)
    {
        var real = _signer.Sign(Now, Body);
        var sent = how switch
        {
            "flip" => real[..^1] + (real[^1] == 'a' ? 'b' : 'a'),
            "v1" => "v1" + real[2..],
            "short" => real[..^2],
            "not-hex" => "v0=" + new string('z', 64),
            _ => null,
        };

        Assert.False(Verifier.IsValid(sent, Now, Body));
    }

    [Fact]
    public void A_changed_body_is_refused()
    {
        var signature = _signer.Sign(Now, Body);

        Assert.False(Verifier.IsValid(signature, Now, Encoding.UTF8.GetBytes("command=%2Fwho&text=Hale+")));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void Timestamps_more_than_five_minutes_from_the_clock_are_refused(int offsetSeconds, bool expected)
    {
        var timestamp = SlackRequestSigner.Timestamp(_time.GetUtcNow().AddSeconds(offsetSeconds));

        Assert.Equal(expected, Verifier.IsValid(_signer.Sign(timestamp, Body), timestamp, Body));
    }

    [Fact]
    public void A_signature_goes_stale_as_the_clock_moves_on()
    {
        var timestamp = Now;
        var signature = _signer.Sign(timestamp, Body);

        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.False(Verifier.IsValid(signature, timestamp, Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public void An_unreadable_timestamp_is_refused(string timestamp)
    {
        Assert.False(Verifier.IsValid(_signer.Sign(timestamp, Body), timestamp, Body));
    }
}
