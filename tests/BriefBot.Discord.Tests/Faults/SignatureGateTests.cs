using System.Diagnostics.Metrics;
using System.Text;
using BriefBot.Core.Replies;
using BriefBot.Core.Transports;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Discord;
using BriefBot.TestKit.Logging;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace BriefBot.Discord.Tests.Faults;

public sealed class SignatureGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedCommandHandler Who() => new("who", new Reply { Kind = ReplyKind.Answer, Title = "Rufus Firefly" });

    [Fact]
    public async Task A_signed_interaction_sent_again_with_the_same_id_is_refused_and_not_answered_twice()
    {
        var who = Who();
        await using var services = await DiscordServices.StartAsync([who]);
        var json = InteractionPayloads.WithId(InteractionPayloads.Command("who", ("name", "firefly")), "987654321987654321");

        var first = await services.SendAsync(json);
        var replayed = await services.SendAsync(json);

        Assert.True(first.IsSuccess);
        Assert.Equal(409, replayed.StatusCode);
        Assert.Single(who.Requests);
    }

    [Fact]
    public async Task Requests_with_bad_signatures_are_all_counted_but_logged_once_per_interval_with_the_count()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = await DiscordServices.StartAsync([Who()], logs: logs);
        var counted = 0L;
        using var listener = Listen(services.Provider.GetRequiredService<RejectedRequests>().Meter, n => Interlocked.Add(ref counted, n));
        var body = Encoding.UTF8.GetBytes(InteractionPayloads.Command("who", ("name", "firefly")));
        var timestamp = InteractionSigner.Timestamp(services.Time.GetUtcNow());

        for (var i = 0; i < 50; i++)
        {
            var result = await services.Handler.HandleAsync(body, new string('0', 128), timestamp, Ct);
            Assert.Equal(401, result.StatusCode);
        }

        services.Time.Advance(RejectedRequests.LogInterval);
        await services.Handler.HandleAsync(body, null, timestamp, Ct);

        var lines = logs.Entries.Where(e => e.EventId.Name == "RequestsRejected").ToList();
        Assert.Equal(51, Interlocked.Read(ref counted));
        Assert.Equal(2, lines.Count);
        Assert.Contains("Rejected 1 discord", lines[0].Message, StringComparison.Ordinal);
        Assert.Contains("Rejected 50 discord", lines[1].Message, StringComparison.Ordinal);
    }

    private static MeterListener Listen(Meter meter, Action<long> add)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == RejectedRequests.CounterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => add(value));
        listener.Start();
        return listener;
    }
}
