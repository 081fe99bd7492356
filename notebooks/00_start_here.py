# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Start here: load a report and look at it
#
# Pick a report; it becomes the *current report* that the other notebooks open.

# %% tags=["parameters"]
report_path = None  # a path or URL; None keeps the current report
published = None  # "YYYY-MM-DD" to override the report's own date

# %%
import workbench as wb

if report_path:
    wb.set_current_report(report_path, published=published)
report = wb.load_current_report()
report

# %% [markdown]
# ## Structure: posts, headlines and repeated paragraphs

# %%
report.paragraphs[["post_id", "kind", "text", "repeat_of"]]

# %% [markdown]
# ## Sentences

# %%
report.sentences[["post_id", "paragraph_id", "sentence_id", "text"]]
