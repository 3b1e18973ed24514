using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Shelf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>Shelf intake from feeds, links and PDFs, and the /shelf command. Needs <c>AddDigests</c> (bot state) and <c>AddBriefBotCore</c>.</summary>
    public static IServiceCollection AddShelfIntake(this IServiceCollection services)
    {
        services.AddOptions<ShelfOptions>().BindConfiguration(ShelfOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShelfOptions>, ShelfOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IntakeState>();
        services.TryAddSingleton<PoliteFetcher>();
        services.TryAddSingleton<ShelfIntake>();
        services.AddCommandHandler<ShelfCommand>();
        return services;
    }
}
