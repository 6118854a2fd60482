// Cleaning a customer's e-mail before it is read: what the customer quoted or signed is
// not what they are asking.
#pragma once

#include <string>
#include <string_view>

namespace helpdex {

// Cuts quoted replies ("> …", "-----Original Message") and signatures ("-- ",
// "Sent from my iPhone", in every language the analysis has a profile for) from an
// e-mail body: noise that would otherwise outweigh a two-line question. Greetings and
// sign-off words inside kept lines are left to the query (QueryTerms drops them).
std::string strip_quoted_and_signature(std::string_view text);

}  // namespace helpdex
