# casevoice: the benchmark page (README, "Benchmark page"), only in builds with
# the `bench` feature. British English (en-GB), the source language.

# The page's heading: how many questions it shows.
bench-title = { $count ->
    [one] { $count } question on one page
   *[other] { $count } questions on one page
}
bench-intro = This page measures how fast casevoice is. What you type here is kept apart from your case records, sealed with a key made for this visit only, and cannot be opened again.
# Headings over each part of the page.
bench-case = The case
bench-child = Child { $number }
bench-adult = Adult { $number }
# The button that checks every answer on the page and shows what is wrong.
bench-check-answers = Check answers
