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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Transport"] = "http", ["Discord:BotToken"] = "abc" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Discord__PublicKey", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Discord__ApplicationId", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bot_token_without_a_public_key_chooses_the_gateway_and_needs_no_public_key()
    {
        var options = new DiscordOptions { ApplicationId = "1", BotToken = "abc.def" };

        var result = Validate(options);

        Assert.Equal(DiscordTransport.Gateway, options.EffectiveTransport);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_public_key_chooses_http_even_with_a_bot_token()
    {
        Assert.Equal(DiscordTransport.Http, new DiscordOptions { PublicKey = Key, BotToken = "abc" }.EffectiveTransport);
        Assert.Equal(DiscordTransport.Http, new DiscordOptions().EffectiveTransport);
        Assert.Equal(DiscordTransport.Gateway, new DiscordOptions { PublicKey = Key, BotToken = "abc", Transport = " Gateway " }.EffectiveTransport);
    }

    [Fact]
    public void An_unknown_transport_is_named()
    {
        var result = Validate(new DiscordOptions { PublicKey = Key, ApplicationId = "1", Transport = "websocket" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Discord__Transport", failure, StringComparison.Ordinal);
        Assert.Contains("\"gateway\"", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gateway_without_a_bot_token_is_named()
    {
        var result = Validate(new DiscordOptions { ApplicationId = "1", Transport = "gateway" });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("needs Discord:BotToken", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Failures!, f => f.Contains("Discord__PublicKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, null, "needs Discord:ShardCount")]
    [InlineData(null, 0, "at least 1")]
    [InlineData(2, 2, "below Discord:ShardCount")]
    [InlineData(-1, 2, "below Discord:ShardCount")]
    [InlineData(0, 0, "below Discord:ShardCount")]
    public void Bad_shard_settings_are_named(int? shardId, int? shardCount, string expected)
    {
        var result = Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardId = shardId, ShardCount = shardCount });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Discord__Shard", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_settings_with_the_http_transport_are_named()
    {
        var result = Validate(new DiscordOptions { PublicKey = Key, ApplicationId = "1", ShardId = 0, ShardCount = 1 });

        Assert.Contains("only apply to Discord:Transport gateway", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,0", 2, "each once")]
    [InlineData("0,one", 2, "separated by commas")]
    [InlineData("0,3", 3, "below Discord:ShardCount")]
    [InlineData("0,1", null, "needs Discord:ShardCount")]
    public void Bad_shard_id_lists_are_named(string shardIds, int? shardCount, string expected)
    {
        var result = Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardIds = shardIds, ShardCount = shardCount });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Discord__ShardIds", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_id_and_a_shard_id_list_together_are_named()
    {
        var result = Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardId = 0, ShardIds = "1", ShardCount = 2 });

        Assert.Contains("set only one of them", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00.500")]
    [InlineData("00:11:00")]
    public void A_shard_lease_out_of_range_is_named(string lease)
    {
        var result = Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardLease = TimeSpan.Parse(lease, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Discord__ShardLease", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, 3)]
    [InlineData(null, "2,0", 3)]
    [InlineData(1, null, 3)]
    public void Valid_shard_choices_pass(int? shardId, string? shardIds, int? shardCount)
    {
        Assert.True(Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardId = shardId, ShardIds = shardIds, ShardCount = shardCount }).Succeeded);
    }

    [Fact]
    public void Valid_shard_settings_pass()
    {
        Assert.True(Validate(new DiscordOptions { ApplicationId = "1", BotToken = "abc", ShardId = 2, ShardCount = 3 }).Succeeded);
    }

    [Fact]
    public void The_gateway_transport_registers_no_http_handler_and_runs_the_gateway_service()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:BotToken"] = "abc", ["Discord:ApplicationId"] = "1" }).Build();
        var services = new ServiceCollection().AddLogging().AddDiscord(configuration);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(BriefBot.Discord.Interactions.InteractionHandler));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(BriefBot.Discord.Interactions.Ed25519SignatureVerifier));
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(BriefBot.Discord.Gateway.GatewayHostedService));
        Assert.Contains(services, d => d.ServiceType == typeof(BriefBot.Core.Transports.TransportHealth));
    }
}
