using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private const string Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static ValidateOptionsResult Validate(DiscordOptions options) => new DiscordOptionsValidator().Validate(null, options);

    [Fact]
    public void Complete_settings_are_valid()
    {
        var result = Validate(new DiscordOptions { PublicKey = Key, ApplicationId = "111111111111111111", BotToken = "abc.def", GuildId = "222222222222222222" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_names_its_setting()
    {
        var result = Validate(new DiscordOptions
        {
            PublicKey = "xyz",
            ApplicationId = "app",
            BotToken = "Bot abc",
            GuildId = "guild",
            ApiBaseUrl = new Uri("relative", UriKind.Relative),
            AcknowledgeWithin = TimeSpan.FromSeconds(3),
        });

        var failures = result.Failures!.ToList();
        Assert.Equal(6, failures.Count);
        foreach (var setting in new[] { "Discord__PublicKey", "Discord__ApplicationId", "Discord__BotToken", "Discord__GuildId", "Discord__ApiBaseUrl", "Discord__AcknowledgeWithin" })
        {
            Assert.Contains(failures, f => f.Contains(setting, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_guild_id_without_a_bot_token_is_a_cross_field_error()
    {
        var result = Validate(new DiscordOptions { PublicKey = Key, ApplicationId = "1", GuildId = "2" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("needs Discord:BotToken", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_token_never_appears_in_a_failure()
    {
        var result = Validate(new DiscordOptions { PublicKey = Key, ApplicationId = "1", BotToken = "secret token" });

        Assert.DoesNotContain("secret", string.Join(" ", result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_Discord_setting_Discord_is_off_and_the_host_starts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:ApiBaseUrl"] = "https://discord.com/api/v10" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();

        Assert.Null(provider.GetService<BriefBot.Discord.Interactions.InteractionHandler>());
        Assert.IsType<DiscordOffNotice>(Assert.Single(provider.GetServices<IHostedService>()));
    }

    [Fact]
    public void Partial_settings_fail_at_start_naming_the_missing_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "abc" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Discord__PublicKey", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Discord__ApplicationId", StringComparison.Ordinal));
    }
}
