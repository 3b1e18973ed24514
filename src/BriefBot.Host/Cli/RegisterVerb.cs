using BriefBot.Discord;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>register</c>: makes Discord's slash commands match this build (per guild when Discord__GuildId is set) and
/// prints what changed. Needs Discord__BotToken and Discord__ApplicationId.
/// </summary>
internal static class RegisterVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        LoggingSettings.Check(builder.Configuration);
        if (!DiscordServiceCollectionExtensions.IsConfigured(builder.Configuration.GetSection(DiscordOptions.SectionName)))
        {
            return Usage.Fail("register needs Discord settings: set Discord__ApplicationId and Discord__BotToken.");
        }

        builder.Services.AddDiscord(builder.Configuration);
        using var host = builder.Build();
        try
        {
            var options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            if (!options.CanRegisterCommands)
            {
                return Usage.Fail("register needs Discord__BotToken and Discord__ApplicationId.");
            }

            var result = await host.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(cancellationToken);
            await output.WriteLineAsync(result.ToString());
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, ex.Failures));
            return 1;
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"Registering the commands failed: {ex.Message}");
            return 1;
        }
    }
}
