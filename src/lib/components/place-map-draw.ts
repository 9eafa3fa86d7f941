/**
 * What PlaceMap draws once it comes near the screen: Leaflet, the quartier outlines, the markers
 * and their groups, the popups. Loaded together with Leaflet, not with the page: most visits
 * never scroll as far as the map, and a phone should neither download nor parse this for
 * nothing (issue 8's 50 KB budget for a resident's page).
 */
import * as leaflet from 'leaflet';
import type { GeoJsonObject } from 'geojson';
import type { LeafletKeyboardEvent, PopupEvent } from 'leaflet';
import * as m from '#lib/paraglide/messages.js';
import { groupNearby, type MapLayers, type MapOutline, type MapPlace } from '#lib/domain/map.js';

const L = (leaflet as unknown as { default?: typeof leaflet }).default ?? leaflet;

export type TileStatus = 'none' | 'loading' | 'loaded' | 'failed';

export interface DrawOptions {
	container: HTMLElement;
	layers: MapLayers;
	outlines: MapOutline[];
	/** A {z}/{x}/{y} template, or null for no background. */
	tileUrl: string | null;
	attribution: string;
	/** Told whether the background tiles load, so that the page can say when they cannot. */
	onTiles: (status: TileStatus) => void;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TAGS = { room: m.discover_tag_rooms, initiative: m.discover_tag_initiatives };

/** A popup's content, built as elements: names come from people and are never parsed as HTML. */
function popupContent(place: MapPlace): HTMLElement {
	const root = document.createElement('div');
	root.className = 'qv-popup';
	root.dir = document.documentElement.dir || 'ltr';
	const title = document.createElement('p');
	title.className = 'qv-popup__place';
	title.lang = 'fr';
	title.textContent = place.name;
	root.append(title);
	const list = document.createElement('ul');
	for (const item of place.items) {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = item.href;
		link.lang = 'fr';
		link.textContent = item.title;
		const detail = document.createElement('span');
		detail.className = 'qv-popup__detail';
		detail.textContent = ` — ${TAGS[item.kind]()}`;
		li.append(link, detail);
		list.append(li);
	}
	root.append(list);
	return root;
}

function markerKind(place: MapPlace): 'room' | 'initiative' {
	return place.items.some((i) => i.kind === 'room') ? 'room' : 'initiative';
}

/** Draws the map in its container; gives back what takes it down again. */
export function drawMap({ container, layers, outlines, tileUrl, attribution, onTiles }: DrawOptions): () => void {
	let cleanup = () => {};
	const map = L.map(container, {
		zoomControl: false,
		attributionControl: false,
		// Scrolling the page must not zoom the map under the pointer.
		scrollWheelZoom: false
	});
	L.control.zoom({ zoomInTitle: m.discover_map_zoom_in(), zoomOutTitle: m.discover_map_zoom_out() }).addTo(map);
	L.control.attribution({ prefix: false }).addTo(map);

	if (tileUrl) {
		let loaded = 0;
		const layer = L.tileLayer(tileUrl, { maxZoom: 19, attribution: escapeHtml(attribution) });
		layer.on('tileload', () => {
			loaded += 1;
			onTiles('loaded');
		});
		layer.on('tileerror', () => {
			if (loaded === 0) onTiles('failed');
		});
		layer.addTo(map);
		// A host that never answers fires no error: after a while, say the background is missing.
		const timer = setTimeout(() => {
			if (loaded === 0) onTiles('failed');
		}, 8000);
		const stopWaiting = cleanup;
		cleanup = () => {
			stopWaiting();
			clearTimeout(timer);
		};
	} else onTiles('none');

	// The view is set before the layers are added: Leaflet creates a marker's element only
	// once its map has a view, and the element is needed to name and label it.
	const bounds = L.latLngBounds([]);
	const shapes = outlines.map((outline) => {
		const shape = L.geoJSON(outline.outline as GeoJsonObject, {
			style: { color: '#1d6b52', weight: 2, fillColor: '#5aa58f', fillOpacity: 0.15 }
		});
		shape.bindTooltip(m.discover_map_quartier({ name: outline.name }), { sticky: true });
		bounds.extend(shape.getBounds());
		return shape;
	});
	for (const place of layers.places) bounds.extend([place.lat, place.lon]);
	if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
	else map.setView([46.6, 2.4], 5);
	for (const shape of shapes) shape.addTo(map);

	const markers = layers.places.map((place) => {
		const name =
			place.items.length > 0
				? m.discover_map_marker({ place: place.name, count: String(place.items.length) })
				: place.name;
		const marker = L.marker([place.lat, place.lon], {
			icon: L.divIcon({ className: `qv-marker qv-marker--${markerKind(place)}`, html: '', iconSize: [24, 24] }),
			title: name,
			keyboard: true,
			riseOnHover: true
		});
		marker.bindPopup(popupContent(place), { closeButton: true, autoPanPadding: [24, 24] });
		const icon = () => marker.getElement();
		// Leaflet makes the marker's element anew each time it is shown (see regroup below).
		marker.on('add', () => {
			icon()?.setAttribute('aria-label', name);
			icon()?.setAttribute('data-place', place.id);
		});
		// Keyboard users land in the popup's links, and back on the marker when it closes.
		marker.on('popupopen', (event) => {
			const popup = (event as PopupEvent).popup.getElement();
			popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', m.discover_map_close());
			if (document.activeElement === icon()) popup?.querySelector<HTMLElement>('.qv-popup a')?.focus();
		});
		marker.on('popupclose', (event) => {
			const popup = (event as PopupEvent).popup.getElement();
			if (!popup || popup.contains(document.activeElement) || document.activeElement === document.body) icon()?.focus();
		});
		return marker;
	});

	// Markers that would overlap at this zoom are shown as one, with their number: a
	// city's facilities sit a few pixels apart when the whole city is in view, and
	// overlapping targets cannot be told apart or tapped (WCAG 2.5.8). Activating the
	// group zooms in on its places; the list under the map names each of them anyway.
	const shown = L.layerGroup().addTo(map);
	let focusAfterZoom: string | null = null;
	const regroup = () => {
		shown.clearLayers();
		const groups = groupNearby(layers.places.map((p) => map.latLngToLayerPoint([p.lat, p.lon])));
		for (const group of groups) {
			if (group.length === 1) {
				shown.addLayer(markers[group[0]!]!);
				continue;
			}
			const members = group.map((i) => layers.places[i]!);
			const label = m.discover_map_cluster({ count: String(members.length) });
			const cluster = L.marker([members[0]!.lat, members[0]!.lon], {
				icon: L.divIcon({
					className: 'qv-marker qv-marker--cluster',
					html: String(members.length),
					iconSize: [24, 24]
				}),
				title: label,
				keyboard: true,
				riseOnHover: true
			});
			cluster.on('add', () => {
				cluster.getElement()?.setAttribute('aria-label', label);
				cluster.getElement()?.setAttribute('data-cluster', members.map((p) => p.id).join(' '));
			});
			const open = () => {
				const around = L.latLngBounds(members.map((p) => [p.lat, p.lon] as [number, number]));
				if (map.getBoundsZoom(around, false, L.point(48, 48)) > map.getZoom() && map.getZoom() < 18) {
					focusAfterZoom = members[0]!.id;
					map.fitBounds(around, { padding: [48, 48], maxZoom: 18 });
				} else {
					// As close as the map goes, and still together: one popup for them all.
					const all = document.createElement('div');
					all.append(...members.map(popupContent));
					cluster.bindPopup(all, { closeButton: true, autoPanPadding: [24, 24] }).openPopup();
				}
			};
			cluster.on('click', open);
			// Leaflet sends Enter on a marker as a keypress (its popups listen for it the same way).
			cluster.on('keypress', (event) => {
				if ((event as LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
			});
			shown.addLayer(cluster);
		}
		if (focusAfterZoom !== null) {
			// The group activated from the keyboard is gone: the focus goes on to its first place.
			const id = focusAfterZoom;
			focusAfterZoom = null;
			[...container.querySelectorAll<HTMLElement>('.leaflet-marker-icon')]
				.find((el) => el.dataset.place === id || el.dataset.cluster?.split(' ').includes(id))
				?.focus();
		}
	};
	regroup();
	map.on('zoomend', regroup);

	// Leaflet closes a popup on Escape only while the map itself has the focus; a link
	// inside the popup has it here, so Escape is handled for the whole map.
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape') map.closePopup();
	};
	container.addEventListener('keydown', onKey);
	const stop = cleanup;
	cleanup = () => {
		stop();
		container.removeEventListener('keydown', onKey);
		map.remove();
	};
	return () => cleanup();
}
