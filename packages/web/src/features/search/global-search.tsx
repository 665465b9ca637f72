import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SearchHit } from '@outfall/domain/contracts/index';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../ui/error-alert';
import { splitHighlights } from '../documents/excerpt';
import { useSearch } from '../documents/use-documents';

const TYPE_LABELS: Record<SearchHit['type'], string> = {
  document: 'Document',
  facility: 'Facility',
  permit: 'Permit',
  report: 'Report',
};

/**
 * The header's search box: from two characters, documents, facilities, permits and reports the user
 * may see, as a listbox. Arrow keys move through the hits, Enter opens the highlighted one (or the
 * first), Escape closes the list.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const search = useSearch(debounced);
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
  });
  const hits = debounced.length >= 2 ? (search.data ?? []) : [];
  const ready = text.trim().length >= 2;

  const open = (href: string) => {
    combobox.closeDropdown();
    setText('');
    navigate(href);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal position="bottom-start" width={420}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          aria-label="Search"
          placeholder="Search…"
          type="search"
          value={text}
          autoComplete="off"
          w={{ base: 160, md: 260 }}
          rightSection={search.isFetching && ready ? <Loader size="xs" aria-hidden /> : null}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.resetSelectedOption();
            if (e.currentTarget.value.trim().length >= 2) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => {
            if (ready) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // Enter with no hit highlighted opens the first one.
            if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && hits[0]) {
              e.preventDefault();
              open(hits[0].href);
            }
          }}
          data-testid="global-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!ready}>
        <Combobox.Options aria-label="Search results">
          {hits.map((hit) => (
            <Combobox.Option value={hit.href} key={`${hit.type}:${hit.id}`} data-testid="search-hit">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text size="xs" c="dimmed" w={70} style={{ flexShrink: 0 }}>
                  {TYPE_LABELS[hit.type]}
                </Text>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {hit.title}
                  </Text>
                  {hit.subtitle ? (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {/* A document's subtitle is its search excerpt, with the matches marked. */}
                      {splitHighlights(hit.subtitle).map((part, index) =>
                        part.highlighted ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one excerpt never reorder
                          <mark key={index}>{part.text}</mark>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one excerpt never reorder
                          <span key={index}>{part.text}</span>
                        ),
                      )}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Combobox.Option>
          ))}
          {hits.length === 0 ? (
            <Combobox.Empty>
              {search.error
                ? errorMessage(search.error)
                : search.isFetching || debounced !== text.trim()
                  ? 'Searching…'
                  : 'Nothing found'}
            </Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
