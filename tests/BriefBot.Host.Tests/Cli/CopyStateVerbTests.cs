using BriefBot.Core.Digests;
using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.TestKit.State;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Host.Tests.Cli;

public sealed class CopyStateVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefbot-copy-state-").FullName;

    private string StateFile => Path.Combine(_folder, "state.db");

    [Fact]
    public async Task Copy_state_moves_the_file_into_an_empty_database_once_and_never_prints_the_connection_string()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        using var database = TestPostgres.CreateDatabase();
        using (var file = new LiteDbBotState(Options.Create(new DigestOptions { StatePath = StateFile })))
        {
            file.SaveSubscription(new Subscription { Id = "slack:C1", Platform = "slack", Channel = "C1", Schedule = "monday 09:00 UTC" });
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var first = await Program.RunAsync(["copy-state", "--from", StateFile, "--to", database.ConnectionString], output, error);
        using var again = new StringWriter();
        var second = await Program.RunAsync(["copy-state", "--from", StateFile, "--to", database.ConnectionString], TextWriter.Null, again);

        Assert.Equal((0, 1), (first, second));
        Assert.Contains("1 subscriptions", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(database.ConnectionString, output.ToString() + error, StringComparison.Ordinal);
        Assert.Contains("already holds bot state", again.ToString(), StringComparison.Ordinal);
        using var shared = PostgresBotState.Open(database.ConnectionString);
        Assert.Equal("monday 09:00 UTC", Assert.Single(shared.AllSubscriptions()).Schedule);
    }

    [Fact]
    public async Task A_missing_state_file_is_named_and_nothing_is_created()
    {
        using var error = new StringWriter();

        var code = await Program.RunAsync(["copy-state", "--from", StateFile, "--to", "Host=127.0.0.1;Port=9;Username=briefbot"], TextWriter.Null, error);

        Assert.Equal(1, code);
        Assert.Contains("no bot state file", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(StateFile));
    }

    [Fact]
    public async Task An_unreachable_database_copies_nothing_and_keeps_the_password_out_of_the_reply()
    {
        using (var file = new LiteDbBotState(Options.Create(new DigestOptions { StatePath = StateFile })))
        {
            file.SaveSubscription(new Subscription { Id = "slack:C1", Platform = "slack", Channel = "C1" });
        }

        using var output = new StringWriter();
        using var error = new StringWriter();

        // Port 9 (discard) on loopback: nothing listens there.
        var code = await Program.RunAsync(["copy-state", "--from", StateFile, "--to", "Host=127.0.0.1;Port=9;Username=briefbot;Password=hunter2-secret;Timeout=3"], output, error);

        Assert.Equal(1, code);
        Assert.Contains("Nothing copied", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", output.ToString() + error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
