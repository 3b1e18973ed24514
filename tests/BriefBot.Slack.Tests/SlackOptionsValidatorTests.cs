using BriefBot.Core.Commands;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SlashCommands;
using BriefBot.TestKit.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    private const string Secret = "8f742231b10e8888abcd99aaabbb85a5";

    private static ValidateOptionsResult Validate(SlackOptions options) => new SlackOptionsValidator().Validate(null, options);

    [Fact]
    public void Complete_settings_are_valid()
    {
        var options = new SlackOptions { SigningSecret = Secret, BotToken = "xoxb-1-2-abc", WhoCommand = "/briefwho" };
        options.Admins.Add("U0123ABCD");

        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void A_signing_secret_alone_is_enough_to_answer_commands()
    {
        Assert.True(Validate(new SlackOptions { SigningSecret = Secret }).Succeeded);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_names_its_setting()
    {
        var options = new SlackOptions
        {
            BotToken = "xoxp-user-token",
            ApiBaseUrl = new Uri("relative", UriKind.Relative),
            WhoCommand = "who",
            TimelineCommand = "/Time Line",
            AcknowledgeWithin = TimeSpan.FromSeconds(3),
        };
        options.Admins.Add("alice");

        var failures = Validate(options).Failures!.ToList();

        Assert.Equal(7, failures.Count);
        foreach (var setting in new[] { "Slack__SigningSecret", "Slack__BotToken", "Slack__ApiBaseUrl", "Slack__WhoCommand", "Slack__TimelineCommand", "Slack__Admins__0", "Slack__AcknowledgeWithin" })
        {
            Assert.Contains(failures, f => f.Contains(setting, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_name_for_both_commands_is_a_cross_field_error()
    {
        var failure = Assert.Single(Validate(new SlackOptions { SigningSecret = Secret, WhoCommand = "/brief", TimelineCommand = "/brief" }).Failures!);

        Assert.Contains("must be different", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_never_appear_in_a_failure()
    {
        var result = Validate(new SlackOptions { SigningSecret = "short secret", BotToken = "xoxb-secret token" });

        Assert.Equal(2, result.Failures!.Count());
        Assert.DoesNotContain("short secret", string.Join(" ", result.Failures!), StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret", string.Join(" ", result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_Slack_setting_Slack_is_off_and_the_host_starts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:WhoCommand"] = "/briefwho" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddSlack(configuration).BuildServiceProvider();

        Assert.Null(provider.GetService<SlashCommandHandler>());
        Assert.Null(provider.GetService<InteractivityHandler>());
        Assert.IsType<SlackOffNotice>(Assert.Single(provider.GetServices<IHostedService>()));
    }

    [Fact]
    public async Task The_Slack_is_off_notice_names_the_environment_variables_that_turn_it_on()
    {
        var logs = new RecordingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var provider = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddSlack(configuration).BuildServiceProvider();

        await Assert.Single(provider.GetServices<IHostedService>()).StartAsync(TestContext.Current.CancellationToken);

        var notice = Assert.Single(logs.Entries, e => e.EventId.Id == 3901);
        Assert.StartsWith("Slack is off", notice.Message, StringComparison.Ordinal);
        Assert.All(
            [nameof(SlackOptions.AppToken), nameof(SlackOptions.BotToken), nameof(SlackOptions.SigningSecret)],
            option => Assert.Contains(SlackOptions.SectionName + "__" + option, notice.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Partial_settings_fail_at_start_naming_the_missing_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-1-2-abc", ["Slack:CheckTokenOnStart"] = "false" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddSlack(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Slack__SigningSecret", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("xoxb-1-2-abc", StringComparison.Ordinal));
    }

    [Fact]
    public void An_app_token_alone_is_valid_without_a_signing_secret()
    {
        Assert.True(Validate(new SlackOptions { AppToken = "xapp-1-A0B1-2-abcdef" }).Succeeded);
    }

    [Theory]
    [InlineData("xoxb-1-2-abc")]
    [InlineData("8f742231b10e8888abcd99aaabbb85a5")]
    public void An_app_token_with_the_wrong_prefix_is_named_in_one_line(string token)
    {
        var failure = Assert.Single(Validate(new SlackOptions { AppToken = token }).Failures!);

        Assert.StartsWith("Slack:AppToken (Slack__AppToken) must be an app-level token starting with \"xapp-\"", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void An_app_token_with_whitespace_inside_is_refused_but_surrounding_whitespace_is_forgiven()
    {
        var inside = Assert.Single(Validate(new SlackOptions { AppToken = "xapp-1-A0B1 2-abcdef" }).Failures!);

        Assert.Contains("Slack__AppToken", inside, StringComparison.Ordinal);
        Assert.Contains("whitespace", inside, StringComparison.Ordinal);
        Assert.True(Validate(new SlackOptions { AppToken = " xapp-1-A0B1-2-abcdef\n" }).Succeeded);
    }

    [Fact]
    public void Without_an_app_token_the_signing_secret_is_still_required()
    {
        var failure = Assert.Single(Validate(new SlackOptions { BotToken = "xoxb-1-2-abc" }).Failures!);

        Assert.Contains("Slack__SigningSecret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_token_alone_turns_Slack_on_with_socket_mode()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-A0B1-2-abcdef" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddCommandDispatcher().AddSlack(configuration).BuildServiceProvider();

        Assert.True(SlackServiceCollectionExtensions.IsConfigured(configuration.GetSection("Slack")));
        Assert.False(SlackServiceCollectionExtensions.ServesHttp(configuration.GetSection("Slack")));
        Assert.IsType<BriefBot.Slack.SocketMode.SocketModeHostedService>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.True(provider.GetRequiredService<IOptions<SlackOptions>>().Value.UsesSocketMode);
    }

    [Fact]
    public void Without_an_app_token_no_socket_mode_service_runs()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:SigningSecret"] = Secret }).Build();
        using var provider = new ServiceCollection().AddLogging().AddSlack(configuration).BuildServiceProvider();

        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s is BriefBot.Slack.SocketMode.SocketModeHostedService);
        Assert.True(SlackServiceCollectionExtensions.ServesHttp(configuration.GetSection("Slack")));
    }
}
