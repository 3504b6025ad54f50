// benchmark: leak GDPR006
// A login request destructured with {@Request}: its Password is logged with it.
using Microsoft.Extensions.Logging;

public sealed class LoginRequest
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class Login
{
    public void Received(ILogger logger, LoginRequest request)
    {
        logger.LogInformation("Login request {@Request}", request); // expected
    }
}
