using System.ComponentModel.DataAnnotations;
using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CommitteeHub.Web.Pages.Account;

/// <summary>Staff and councillors sign in; the public never need to. The sign-in gate is the handler here, so this page
/// has no mediator command of its own; attempts are throttled per client address.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(NoStore = true)] // its form token belongs to one visitor
[EnableRateLimiting(Throttles.SignIn)]
public sealed class SignIn(SignInGate gate) : PageModel
{
    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class Form
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right form, like name@example.gov.uk.")]
        [StringLength(200, ErrorMessage = "An email address is at most 200 characters.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200, ErrorMessage = "A password is at most 200 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (await gate.SignInAsync(Input.Email.Trim(), Input.Password, HttpContext.Connection.RemoteIpAddress))
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError("Input.Email", SignInGate.Refusal);
        return Page();
    }
}
