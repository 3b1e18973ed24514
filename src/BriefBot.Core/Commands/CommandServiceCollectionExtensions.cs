using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Core.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>Registers the dispatcher; handlers are added with <see cref="AddCommandHandler{THandler}"/>.</summary>
    public static IServiceCollection AddCommandDispatcher(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommandDispatcher>();
        return services;
    }

    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton<ICommandHandler, THandler>();
        return services;
    }
}
