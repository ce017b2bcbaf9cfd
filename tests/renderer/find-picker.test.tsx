// @vitest-environment jsdom
import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import './helpers/dom-setup';
import { FindPicker } from '../../renderer/components/find-picker';

interface Fruit {
  id: string;
  name: string;
}

const FRUITS: Fruit[] = [
  { id: 'a', name: 'Apple' },
  { id: 'b', name: 'Banana' },
  { id: 'c', name: 'Cherry' },
];

function Picker(props: { onChoose?: (fruit: Fruit) => void; onCreate?: () => void; onClose?: () => void; chosen?: string[]; busy?: boolean }) {
  const [query, setQuery] = useState('');
  const options = FRUITS.filter((fruit) => fruit.name.toLowerCase().includes(query.toLowerCase()));
  return (
    <FindPicker
      label="Find a fruit"
      placeholder="Find a fruit…"
      listLabel="Fruits"
      query={query}
      onQueryChange={setQuery}
      options={options}
      optionKey={(fruit) => fruit.id}
      renderOption={(fruit) => fruit.name}
      onChoose={props.onChoose ?? (() => {})}
      create={props.onCreate && query ? { text: `Create “${query}”`, onCreate: props.onCreate } : undefined}
      onClose={props.onClose}
      busy={props.busy}
      empty="Nothing to pick."
      isChosen={props.chosen && ((fruit) => props.chosen!.includes(fruit.id))}
    />
  );
}

const input = () => screen.getByRole('combobox', { name: 'Find a fruit' });
const active = () => document.getElementById(input().getAttribute('aria-activedescendant') ?? '')?.textContent;

describe('FindPicker', () => {
  it('takes focus; arrows move the active option round the list and Enter chooses it', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    render(<Picker onChoose={onChoose} />);
    expect(document.activeElement).toBe(input());
    expect(active()).toBe('Apple');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe('Cherry');
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe('Apple');
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe('Cherry');
    expect(screen.getByRole('option', { name: 'Cherry' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(FRUITS[2]);
  });

  it('typing filters and makes the first match active; the create option comes last', async () => {
    const user = userEvent.setup();
    const onCreate = vi.fn();
    render(<Picker onCreate={onCreate} />);
    await user.keyboard('{ArrowDown}');
    await user.type(input(), 'an');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Banana', 'Create “an”']);
    expect(active()).toBe('Banana');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onCreate).toHaveBeenCalledOnce();
  });

  it('says when nothing matches, but not while loading', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Picker busy />);
    await user.type(input(), 'kiwi');
    expect(screen.queryByText('Nothing to pick.')).toBeNull();
    expect(screen.getByRole('listbox', { name: 'Fruits' }).getAttribute('aria-busy')).toBe('true');
    rerender(<Picker />);
    expect(screen.getByText('Nothing to pick.')).toBeTruthy();
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('Esc closes when the picker can; otherwise it is left to what holds the picker', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { unmount } = render(<Picker onClose={onClose} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    unmount();
    const outer = vi.fn();
    render(
      <div onKeyDown={(event) => outer(event.key)}>
        <Picker />
      </div>,
    );
    await user.keyboard('{Escape}');
    expect(outer).toHaveBeenCalledWith('Escape');
  });

  it('a click chooses without taking focus from the input', () => {
    const onChoose = vi.fn();
    render(<Picker onChoose={onChoose} />);
    const banana = screen.getByRole('option', { name: 'Banana' });
    const pointerDown = createEvent.pointerDown(banana);
    fireEvent(banana, pointerDown);
    expect(pointerDown.defaultPrevented).toBe(true);
    fireEvent.click(banana);
    expect(onChoose).toHaveBeenCalledWith(FRUITS[1]);
  });

  it('in a list where several can be chosen, the chosen options are the selected ones', () => {
    render(<Picker chosen={['b']} />);
    expect(screen.getByRole('listbox', { name: 'Fruits' }).getAttribute('aria-multiselectable')).toBe('true');
    expect(screen.getAllByRole('option').map((option) => option.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
  });
});
