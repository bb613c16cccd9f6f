#include "glib_extras_reader.h"

#include <glib.h>
#include <poppler.h>

#include <functional>

namespace anonymiser::pdf {
namespace {

// Takes ownership of a g_malloc'ed string and returns it as std::string.
std::string Take(gchar* s) {
  if (s == nullptr) return {};
  std::string out(s);
  g_free(s);
  return out;
}

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f") == std::string::npos; }

struct PageDeleter {
  void operator()(PopplerPage* p) const { g_object_unref(p); }
};

}  // namespace

struct GlibExtrasReader::Impl {
  PopplerDocument* doc = nullptr;
  ~Impl() {
    if (doc != nullptr) g_object_unref(doc);
  }

  int DestinationPage(const PopplerDest* dest) const {
    if (dest == nullptr) return 0;
    if (dest->type != POPPLER_DEST_NAMED) return dest->page_num;
    if (dest->named_dest == nullptr) return 0;
    PopplerDest* found = poppler_document_find_dest(doc, dest->named_dest);
    if (found == nullptr) return 0;
    int page = found->page_num;
    poppler_dest_free(found);
    return page;
  }

  void ReadOutline(PopplerIndexIter* iter, std::vector<OutlineItem>& out, std::size_t& budget,
                   int depth) const {
    do {
      if (budget == 0) return;
      --budget;
      OutlineItem item;
      PopplerAction* action = poppler_index_iter_get_action(iter);
      if (action != nullptr) {
        if (action->any.title != nullptr) item.title = action->any.title;
        if (action->type == POPPLER_ACTION_GOTO_DEST)
          item.page = DestinationPage(action->goto_dest.dest);
        poppler_action_free(action);
      }
      // Entries nested deeper than 32 levels are not read (so never written).
      PopplerIndexIter* child = depth < 32 ? poppler_index_iter_get_child(iter) : nullptr;
      if (child != nullptr) {
        ReadOutline(child, item.children, budget, depth + 1);
        poppler_index_iter_free(child);
      }
      out.push_back(std::move(item));
    } while (poppler_index_iter_next(iter));
  }
};

GlibExtrasReader::GlibExtrasReader(const std::filesystem::path& path, const std::string& password)
    : impl_(std::make_unique<Impl>()) {
  GError* error = nullptr;
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) return;
  gchar* uri = g_filename_to_uri(absolute.c_str(), nullptr, &error);
  if (uri == nullptr) {
    g_clear_error(&error);
    return;
  }
  impl_->doc =
      poppler_document_new_from_file(uri, password.empty() ? nullptr : password.c_str(), &error);
  g_free(uri);
  g_clear_error(&error);
}

GlibExtrasReader::~GlibExtrasReader() = default;

bool GlibExtrasReader::valid() const { return impl_->doc != nullptr; }

std::vector<PageExtra> GlibExtrasReader::PageItems(int index) const {
  std::vector<PageExtra> items;
  if (impl_->doc == nullptr) return items;
  std::unique_ptr<PopplerPage, PageDeleter> page(poppler_document_get_page(impl_->doc, index));
  if (!page) return items;
  const std::string where = "page " + std::to_string(index + 1);

  GList* annots = poppler_page_get_annot_mapping(page.get());
  int n = 0;
  for (GList* l = annots; l != nullptr; l = l->next) {
    auto* mapping = static_cast<PopplerAnnotMapping*>(l->data);
    PopplerAnnot* annot = mapping->annot;
    PopplerAnnotType type = poppler_annot_get_annot_type(annot);
    if (type == POPPLER_ANNOT_LINK || type == POPPLER_ANNOT_POPUP || type == POPPLER_ANNOT_WIDGET)
      continue;
    ++n;
    const std::string at = where + " annotation " + std::to_string(n);
    if (POPPLER_IS_ANNOT_MARKUP(annot)) {
      std::string author = Take(poppler_annot_markup_get_label(POPPLER_ANNOT_MARKUP(annot)));
      if (!IsBlank(author))
        items.push_back(
            {Part::kAnnotation, "[annotation author] ", author, "PERSON", at + " author"});
      std::string subject = Take(poppler_annot_markup_get_subject(POPPLER_ANNOT_MARKUP(annot)));
      if (!IsBlank(subject))
        items.push_back({Part::kAnnotation, "[annotation subject] ", subject, "", at + " subject"});
    }
    std::string contents = Take(poppler_annot_get_contents(annot));
    if (!IsBlank(contents))
      items.push_back({Part::kAnnotation, "[annotation] ", contents, "", at + " contents"});
  }
  poppler_page_free_annot_mapping(annots);

  GList* fields = poppler_page_get_form_field_mapping(page.get());
  n = 0;
  for (GList* l = fields; l != nullptr; l = l->next) {
    auto* mapping = static_cast<PopplerFormFieldMapping*>(l->data);
    PopplerFormField* field = mapping->field;
    ++n;
    const std::string at = where + " form field " + std::to_string(n);
    std::string value;
    switch (poppler_form_field_get_field_type(field)) {
      case POPPLER_FORM_FIELD_TEXT:
        value = Take(poppler_form_field_text_get_text(field));
        break;
      case POPPLER_FORM_FIELD_CHOICE: {
        value = Take(poppler_form_field_choice_get_text(field));
        const gint count = poppler_form_field_choice_get_n_items(field);
        for (gint i = 0; i < count; ++i) {
          if (!poppler_form_field_choice_is_item_selected(field, i)) continue;
          std::string item = Take(poppler_form_field_choice_get_item(field, i));
          if (IsBlank(item)) continue;
          if (!value.empty()) value += "; ";
          value += item;
        }
        break;
      }
      default:
        break;
    }
    if (!IsBlank(value)) items.push_back({Part::kField, "[form field] ", value, "", at});
  }
  poppler_page_free_form_field_mapping(fields);
  return items;
}

std::vector<OutlineItem> GlibExtrasReader::Outline(std::size_t max_items) const {
  std::vector<OutlineItem> items;
  if (impl_->doc == nullptr) return items;
  PopplerIndexIter* iter = poppler_index_iter_new(impl_->doc);
  if (iter == nullptr) return items;
  std::size_t budget = max_items;
  impl_->ReadOutline(iter, items, budget, 0);
  poppler_index_iter_free(iter);
  return items;
}

}  // namespace anonymiser::pdf
