// benchmark: leak GDPR010
// A user-management API returns Identity users whole, PasswordHash and SecurityStamp included.
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/users")]
public sealed class UsersController(UserManager<IdentityUser> users) : ControllerBase
{
    [HttpGet]
    public ActionResult<List<IdentityUser>> All() => users.Users.ToList(); // expected
}
