# casevoice: the benchmark page (README, "Benchmark page"), only in builds with
# the `bench` feature. Welsh (cy).

# The page's heading: how many questions it shows. Welsh uses the singular noun
# after a number.
bench-title = { $count } cwestiwn ar un dudalen
bench-intro = Mae'r dudalen hon yn mesur pa mor gyflym yw casevoice. Mae'r hyn rydych chi'n ei deipio yma'n cael ei gadw ar wahân i'ch cofnodion achos, wedi'i selio ag allwedd a wnaed ar gyfer yr ymweliad hwn yn unig, ac ni ellir ei agor eto.
# Headings over each part of the page.
bench-case = Yr achos
bench-child = Plentyn { $number }
bench-adult = Oedolyn { $number }
# The button that checks every answer on the page and shows what is wrong.
bench-check-answers = Gwirio atebion
