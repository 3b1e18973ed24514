using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Ask;
using BriefBot.Core.Commands.Timeline;
using BriefBot.Core.Commands.Who;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Transports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The knowledge store and the /who and /timeline commands behind the dispatcher.</summary>
    public static IServiceCollection AddBriefBotCore(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeStore>();
        services.TryAddSingleton<TransportHealth>();
        services.AddCommandDispatcher();
        services.AddCommandHandler<WhoCommand>();
        services.AddCommandHandler<TimelineCommand>();
        services.AddSingleton<IReplyDecorator, EmptyShelfNotice>();
        services.AddCommandHandler<AskCommand>();
        return services;
    }
}
