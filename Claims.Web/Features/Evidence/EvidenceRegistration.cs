using Claims.Domain.Fraud;
using Claims.Web.Features.Fraud;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Blobs;

namespace Claims.Web.Features.Evidence;

public static class EvidenceRegistration
{
    /// <summary>Evidence (section <c>Evidence</c>), the blob store, required-evidence check and fraud scoring (section <c>Fraud</c>).</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = services.AddValidatedOptions<EvidenceOptions>(configuration, EvidenceOptions.Section);
        services.AddSingleton<IBlobStore>(new FileSystemBlobStore(Path.IsPathRooted(options.BlobFolder) ? options.BlobFolder : Path.Combine(contentRoot, options.BlobFolder)));
        services.AddSingleton<PhotoReader>();
        services.AddScoped<ITaskCompletionValidator, RequiredEvidenceValidator>();
        services.AddValidatedOptions<FraudRules>(configuration, FraudRules.Section);
        services.AddScoped<FraudAssessor>();
        return services;
    }
}
