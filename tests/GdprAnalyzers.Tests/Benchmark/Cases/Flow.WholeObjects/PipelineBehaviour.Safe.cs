// benchmark: safe GDPR001
// The same behaviour logs the request type's name only. MediatR is not among the test packages: its interfaces are
// declared here with their real names.
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using MediatR;
using Microsoft.Extensions.Logging;

namespace MediatR
{
    public interface IBaseRequest { }

    public interface IRequest<out TResponse> : IBaseRequest { }

    public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

    public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
    {
        Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
    }
}

public sealed record RegisterCustomer(string Plan, [property: PersonalData] string Email) : IRequest<int>;

public sealed class LoggingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
{
    private readonly ILogger<LoggingBehavior<TRequest, TResponse>> logger;

    public LoggingBehavior(ILogger<LoggingBehavior<TRequest, TResponse>> logger) => this.logger = logger;

    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        logger.LogInformation("Handling {RequestName}", typeof(TRequest).Name);
        TResponse response = await next();
        logger.LogInformation("Handled {RequestName}", typeof(TRequest).Name);
        return response;
    }
}
