using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure;

namespace Claims.Web.Features.Financials;

public static class FinancialsRegistration
{
    /// <summary>Money settings from section <c>Money</c> (validated at start) and the settlement task's closing check.</summary>
    public static IServiceCollection AddClaimMoney(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MoneyOptions>(configuration, MoneyOptions.Section);
        services.AddScoped<ITaskCompletionValidator, SettlementValidator>();
        services.AddScoped<ITaskCompletionValidator, ReserveApprovalValidator>();
        services.AddValidatedOptions<TotalLossOptions>(configuration, TotalLossOptions.Section);
        services.AddScoped<ITaskCompletionValidator, SalvageSaleValidator>();
        return services;
    }

    public static void MapClaimMoney(this IEndpointRouteBuilder app)
    {
        GetFinancials.Map(app);
        ChangeReserve.Map(app);
        AddPayee.Map(app);
        MakePayment.Map(app);
        VoidPayment.Map(app);
        ExportPayments.Map(app);
        RequestSubrogation.Map(app);
        DemandRecovery.Map(app);
        ReceiveRecovery.Map(app);
        WriteOffRecovery.Map(app);
    }
}
