using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Account;

/// <summary>Staff and councillors sign in; the public never need to. Identity's sign-in manager is the handler here,
/// so this page has no mediator command of its own.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(NoStore = true)] // its form token belongs to one visitor
public sealed class SignIn(SignInManager<StaffUser> signIn) : PageModel
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
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError("Input.Email", result.IsLockedOut
            ? "This account is locked after too many wrong passwords. Try again in a few minutes."
            : "The email address or password is wrong.");
        return Page();
    }
}
