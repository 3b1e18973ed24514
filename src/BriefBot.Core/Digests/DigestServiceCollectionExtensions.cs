using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Digest;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>Bot state, the outbox channel, the digest runner and the /digest command.</summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotState();
        services.AddSingleton<IChannelPublisher, OutboxPublisher>();
        services.AddSingleton(new PostingPlatform("outbox"));
        services.TryAddSingleton<DigestRunner>();
        services.AddCommandHandler<DigestCommand>();
        services.AddSingleton<IReplyDecorator, DigestPauseNotice>();
        return services;
    }
}
