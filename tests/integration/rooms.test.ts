import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	commune,
	facility,
	organisation,
	quartier,
	quartierCommune,
	room,
	roleGrant,
	roomPhoto,
	user
} from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { createFacility } from '#lib/server/use-cases/create-facility.js';
import { updateFacility } from '#lib/server/use-cases/update-facility.js';
import { listManagedFacilities } from '#lib/server/use-cases/list-managed-facilities.js';
import { createRoom } from '#lib/server/use-cases/create-room.js';
import { updateRoom } from '#lib/server/use-cases/update-room.js';
import { deleteRoom } from '#lib/server/use-cases/delete-room.js';
import { getRoom } from '#lib/server/use-cases/get-room.js';
import { getFacility } from '#lib/server/use-cases/get-facility.js';
import { listRooms } from '#lib/server/use-cases/list-rooms.js';
import { addRoomPhoto, type Upload } from '#lib/server/use-cases/add-room-photo.js';
import { deleteRoomPhoto } from '#lib/server/use-cases/delete-room-photo.js';
import { getRoomPhoto } from '#lib/server/use-cases/get-room-photo.js';
import { hoursField } from '#lib/domain/opening-hours.js';
import { PHOTO_MAX_BYTES, parseRoomFilters } from '#lib/domain/room-forms.js';
import { pageRequest } from '#lib/domain/pagination.js';

/** What the room form sends for the room: 32 m², a reheating kitchen, two mornings a week. */
const ROOM_32 = {
	name: 'Salle des Buers',
	description: 'Rez-de-chaussée, lumineuse.',
	areaM2: '32',
	capacity: '20',
	kitchenLevel: 'reheating',
	toilets: 'on',
	stepFree: 'on',
	approvalRequired: 'on',
	minNoticeHours: '48',
	maxBookingMinutes: '240',
	bookableBy: 'organisations',
	[hoursField(1, 0, 'start')]: '9h',
	[hoursField(1, 0, 'end')]: '12h',
	[hoursField(3, 0, 'start')]: '14:00',
	[hoursField(3, 0, 'end')]: '18:00'
};

const upload = (bytes: Uint8Array): Upload => ({ size: bytes.length, bytes: async () => bytes });

/** A JPEG as a phone writes it: EXIF with the maker and the GPS position of the shot. */
async function phoneJpeg(width = 2400, height = 1800): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: '#5aa58f' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'TestPhone', Model: 'QV-1' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '45/1 46/1 1600/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '4/1 53/1 1400/100'
			}
		})
		.toBuffer();
}

/** Whether EXIF data holds a GPS directory (tag 0x8825, in either byte order). */
const hasGps = (exif: Buffer | undefined) =>
	Boolean(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))));

forEachEngine(
	'facilities and rooms',
	(use) => {
		const ids = {
			communeManager: 'u-commune-manager',
			otherFacilityManager: 'u-facility-manager',
			resident: 'u-resident',
			admin: 'u-admin',
			commune: 'c-villeurbanne',
			otherCommune: 'c-vaulx',
			stJean: 'q-saint-jean',
			buers: 'q-buers',
			otherQuartier: 'q-mas-du-taureau',
			facility: 'f-cco',
			otherFacility: 'f-amabla',
			owner: 'o-ville'
		};
		const actor = (id: string) => loadActor(use().db, id);
		const roomCount = async () => (await use().db.select({ n: count() }).from(room))[0]!.n;

		beforeAll(async () => {
			const db = use().db;
			for (const [id, name] of [
				[ids.communeManager, 'Karim'],
				[ids.otherFacilityManager, 'Lina'],
				[ids.resident, 'Samira'],
				[ids.admin, 'Admin']
			])
				await db.insert(user).values({ id: id!, name: name!, email: `${id}@exemple.fr` });
			await db.insert(commune).values([
				{ id: ids.commune, inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' },
				{ id: ids.otherCommune, inseeCode: '69256', name: 'Vaulx-en-Velin', holidayZone: 'A' }
			]);
			await db.insert(quartier).values([
				{ id: ids.stJean, communeId: ids.commune, name: 'Saint-Jean', centroidLon: 4.905, centroidLat: 45.785 },
				{ id: ids.buers, communeId: ids.commune, name: 'Les Buers', centroidLon: 4.897, centroidLat: 45.772 },
				{
					id: ids.otherQuartier,
					communeId: ids.otherCommune,
					name: 'Mas du Taureau',
					centroidLon: 4.93,
					centroidLat: 45.78
				}
			]);
			await db.insert(quartierCommune).values([
				{ quartierId: ids.stJean, communeId: ids.commune },
				{ quartierId: ids.buers, communeId: ids.commune },
				{ quartierId: ids.otherQuartier, communeId: ids.otherCommune }
			]);
			await db.insert(organisation).values({ id: ids.owner, name: 'Ville de Villeurbanne', type: 'commune' });
			await db.insert(facility).values([
				{ id: ids.facility, name: 'CCO', communeId: ids.commune, address: '39 rue Courteline' },
				{ id: ids.otherFacility, name: 'Amabla', communeId: ids.commune, address: '26 rue Louis Guérin' }
			]);
			await db.insert(roleGrant).values([
				{ id: 'g1', userId: ids.communeManager, role: 'facility_manager', scopeType: 'commune', scopeId: ids.commune },
				{
					id: 'g2',
					userId: ids.otherFacilityManager,
					role: 'facility_manager',
					scopeType: 'facility',
					scopeId: ids.otherFacility
				},
				{ id: 'g3', userId: ids.admin, role: 'administrator' }
			]);
		});

		describe('rooms', () => {
			let roomId = '';

			it('a commune-wide manager describes a 32 m² room with a reheating kitchen, shown on its public page', async () => {
				const created = await createRoom(use(), await actor(ids.communeManager), ids.facility, ROOM_32);
				if (!created.ok) throw new Error(JSON.stringify(created));
				roomId = created.id;
				const view = await getRoom(use(), roomId, null);
				expect(view?.room).toMatchObject({
					name: 'Salle des Buers',
					areaM2: 32,
					capacity: 20,
					kitchenLevel: 'reheating',
					toilets: true,
					childToilets: false,
					stepFree: true,
					approvalRequired: true,
					minNoticeHours: 48,
					maxBookingMinutes: 240,
					bookableBy: 'organisations',
					openingHours: [
						{ weekday: 1, start: '09:00', end: '12:00' },
						{ weekday: 3, start: '14:00', end: '18:00' }
					]
				});
				expect(view?.facility.name).toBe('CCO');
				expect(view?.canManage).toBe(false);
				expect((await getRoom(use(), roomId, await actor(ids.communeManager)))?.canManage).toBe(true);
				expect((await getFacility(use(), ids.facility, null))?.rooms.map((r) => r.name)).toEqual(['Salle des Buers']);
			});

			it('the public list finds it by its filters, and not by filters it does not meet', async () => {
				const find = (query: string) =>
					listRooms(use(), parseRoomFilters(new URLSearchParams(query)), pageRequest('1'));
				expect((await find('minArea=30&kitchen=reheating&stepFree=on')).rooms.map((r) => r.id)).toContain(roomId);
				expect((await find('kitchen=full')).rooms.map((r) => r.id)).not.toContain(roomId);
				expect((await find('minArea=40')).rooms.map((r) => r.id)).not.toContain(roomId);
				expect((await find('childToilets=on')).rooms.map((r) => r.id)).not.toContain(roomId);
			});

			it('edits the room; invalid input changes nothing', async () => {
				const manager = await actor(ids.communeManager);
				const bad = await updateRoom(use(), manager, roomId, {
					...ROOM_32,
					areaM2: '40',
					[hoursField(1, 1, 'start')]: '11h',
					[hoursField(1, 1, 'end')]: '13h'
				});
				expect(bad).toEqual({ ok: false, fieldErrors: { [hoursField(1, 1, 'start')]: 'HOURS.OVERLAP' } });
				expect((await getRoom(use(), roomId, null))?.room.areaM2).toBe(32);

				const good = await updateRoom(use(), manager, roomId, { ...ROOM_32, areaM2: '40', childToilets: 'on' });
				expect(good).toEqual({ ok: true, id: roomId });
				expect((await getRoom(use(), roomId, null))?.room).toMatchObject({ areaM2: 40, childToilets: true });
			});

			it('invalid input saves no room', async () => {
				const before = await roomCount();
				const result = await createRoom(use(), await actor(ids.communeManager), ids.facility, {
					...ROOM_32,
					areaM2: '32 m²',
					kitchenLevel: 'barbecue'
				});
				expect(result).toEqual({
					ok: false,
					fieldErrors: { areaM2: 'ROOM.AREA_RANGE', kitchenLevel: 'ROOM.KITCHEN_INVALID' }
				});
				expect(await roomCount()).toBe(before);
			});

			it('refuses the manager of another facility, a resident and an administrator without two-factor', async () => {
				const before = await roomCount();
				await expect(
					createRoom(use(), await actor(ids.otherFacilityManager), ids.facility, ROOM_32)
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				await expect(
					updateRoom(use(), await actor(ids.otherFacilityManager), roomId, { ...ROOM_32, areaM2: '999' })
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				await expect(
					deleteRoom(use(), await actor(ids.otherFacilityManager), roomId, { confirm: 'on' })
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				await expect(createRoom(use(), await actor(ids.resident), ids.facility, ROOM_32)).rejects.toMatchObject({
					reason: 'AUTH.FORBIDDEN'
				});
				await expect(createRoom(use(), await actor(ids.admin), ids.facility, ROOM_32)).rejects.toMatchObject({
					reason: 'AUTH.TWO_FACTOR_REQUIRED'
				});
				await expect(createRoom(use(), null, ids.facility, ROOM_32)).rejects.toMatchObject({
					reason: 'AUTH.SIGN_IN_REQUIRED'
				});
				expect(await roomCount()).toBe(before);
				expect((await getRoom(use(), roomId, null))?.room.areaM2).toBe(40);
			});

			it('a manager of one facility manages that facility only', async () => {
				const own = await createRoom(use(), await actor(ids.otherFacilityManager), ids.otherFacility, {
					...ROOM_32,
					name: 'Salle de réunion'
				});
				expect(own.ok).toBe(true);
				const mine = await listManagedFacilities(use(), await actor(ids.otherFacilityManager));
				expect(mine.facilities.map((f) => f.id)).toEqual([ids.otherFacility]);
				expect(mine.canCreate).toBe(false);
				const all = await listManagedFacilities(use(), await actor(ids.communeManager));
				expect(all.facilities.map((f) => f.name)).toEqual(['Amabla', 'CCO']);
				expect(all.canCreate).toBe(true);
				await expect(listManagedFacilities(use(), await actor(ids.resident))).rejects.toMatchObject({
					reason: 'AUTH.FORBIDDEN'
				});
			});

			it('deletes a room only once confirmed, with its photos', async () => {
				const manager = await actor(ids.communeManager);
				const photo = await addRoomPhoto(
					use(),
					manager,
					roomId,
					{ alt: 'La salle' },
					upload(await phoneJpeg(800, 600))
				);
				expect(photo.ok).toBe(true);
				expect(await deleteRoom(use(), manager, roomId, {})).toEqual({
					ok: false,
					fieldErrors: { confirm: 'CONFIRM.REQUIRED' }
				});
				expect(await getRoom(use(), roomId, null)).not.toBeNull();
				expect(await deleteRoom(use(), manager, roomId, { confirm: 'on' })).toEqual({
					ok: true,
					facilityId: ids.facility
				});
				expect(await getRoom(use(), roomId, null)).toBeNull();
				expect(await use().db.select().from(roomPhoto).where(eq(roomPhoto.roomId, roomId))).toEqual([]);
			});
		});

		describe('facilities', () => {
			it('a commune-wide manager adds a facility; its quartier comes from its coordinates', async () => {
				const result = await createFacility(use(), await actor(ids.communeManager), {
					name: 'Maison des Buers',
					address: '17 rue Louis Braille, 69100 Villeurbanne',
					communeId: ids.commune,
					lat: '45,7721',
					lon: '4,8969',
					quartierId: '',
					ownerOrganisationId: ids.owner,
					description: 'Maison de quartier.'
				});
				if (!result.ok) throw new Error(JSON.stringify(result));
				const view = await getFacility(use(), result.id, null);
				expect(view?.quartier?.id).toBe(ids.buers);
				expect(view?.owner?.name).toBe('Ville de Villeurbanne');
				expect(view?.facility).toMatchObject({ lon: 4.8969, lat: 45.7721 });
			});

			it('refuses a quartier of another commune, coordinates out of range, and saves nothing', async () => {
				const manager = await actor(ids.communeManager);
				const before = (await use().db.select({ n: count() }).from(facility))[0]!.n;
				const base = { name: 'Local', address: '1 rue X', communeId: ids.commune };
				expect(await createFacility(use(), manager, { ...base, quartierId: ids.otherQuartier })).toEqual({
					ok: false,
					fieldErrors: { quartierId: 'FACILITY.QUARTIER_INVALID' }
				});
				expect(await createFacility(use(), manager, { ...base, lat: '145', lon: '4.9' })).toEqual({
					ok: false,
					fieldErrors: { lat: 'FACILITY.LAT_RANGE' }
				});
				expect(await createFacility(use(), manager, { ...base, ownerOrganisationId: 'nobody' })).toEqual({
					ok: false,
					fieldErrors: { ownerOrganisationId: 'FACILITY.OWNER_INVALID' }
				});
				// A commune the manager does not cover.
				await expect(createFacility(use(), manager, { ...base, communeId: ids.otherCommune })).rejects.toMatchObject({
					reason: 'AUTH.FORBIDDEN'
				});
				expect((await use().db.select({ n: count() }).from(facility))[0]!.n).toBe(before);
			});

			it('only commune-wide managers add facilities; a facility manager edits their own', async () => {
				const single = await actor(ids.otherFacilityManager);
				await expect(
					createFacility(use(), single, { name: 'X', address: 'Y', communeId: ids.commune })
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				const edited = await updateFacility(use(), single, ids.otherFacility, {
					name: 'Amabla Coworking',
					address: '26 rue Louis Guérin, 69100 Villeurbanne',
					quartierId: ids.stJean
				});
				expect(edited).toEqual({ ok: true, id: ids.otherFacility });
				expect((await getFacility(use(), ids.otherFacility, null))?.quartier?.name).toBe('Saint-Jean');
				await expect(
					updateFacility(use(), single, ids.facility, { name: 'Pris', address: 'Ailleurs' })
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				expect((await getFacility(use(), ids.facility, null))?.facility.name).toBe('CCO');
			});
		});

		describe('photos', () => {
			let roomId = '';
			beforeAll(async () => {
				const created = await createRoom(use(), await actor(ids.communeManager), ids.facility, {
					...ROOM_32,
					name: 'Salle photo'
				});
				if (!created.ok) throw new Error('room');
				roomId = created.id;
			});

			it('re-encodes a phone photo: no EXIF, no GPS, at most 1600 px, with a 400 px thumbnail', async () => {
				const original = await phoneJpeg();
				expect(hasGps((await sharp(original).metadata()).exif)).toBe(true);
				const result = await addRoomPhoto(
					use(),
					await actor(ids.communeManager),
					roomId,
					{ alt: 'La salle vue de l’entrée' },
					upload(original)
				);
				if (!result.ok) throw new Error(JSON.stringify(result));
				const large = await getRoomPhoto(use(), roomId, result.id, 'large');
				const thumbnail = await getRoomPhoto(use(), roomId, result.id, 'thumbnail');
				expect(large?.mime).toBe('image/jpeg');
				const [largeMeta, thumbMeta] = await Promise.all([
					sharp(large!.bytes).metadata(),
					sharp(thumbnail!.bytes).metadata()
				]);
				expect(largeMeta.exif).toBeUndefined();
				expect(thumbMeta.exif).toBeUndefined();
				expect(large!.bytes.includes(Buffer.from('TestPhone'))).toBe(false);
				expect([largeMeta.width, largeMeta.height]).toEqual([1600, 1200]);
				expect([thumbMeta.width, thumbMeta.height]).toEqual([400, 300]);
				const view = await getRoom(use(), roomId, null);
				expect(view?.photos).toEqual([{ id: result.id, alt: 'La salle vue de l’entrée', width: 1600, height: 1200 }]);
			});

			it('turns a PNG into WebP and keeps a small image small', async () => {
				const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#d49a3f' } })
					.png()
					.toBuffer();
				const result = await addRoomPhoto(use(), await actor(ids.communeManager), roomId, { alt: 'Plan' }, upload(png));
				if (!result.ok) throw new Error(JSON.stringify(result));
				const large = await getRoomPhoto(use(), roomId, result.id, 'large');
				expect(large?.mime).toBe('image/webp');
				expect((await sharp(large!.bytes).metadata()).width).toBe(300);
			});

			it('refuses a file too big, a file that is not an image, a corrupt image, a photo without description', async () => {
				const manager = await actor(ids.communeManager);
				const before = (await use().db.select({ n: count() }).from(roomPhoto))[0]!.n;
				const big: Upload = {
					size: PHOTO_MAX_BYTES + 1,
					bytes: async () => {
						throw new Error('a file over the limit must not be read');
					}
				};
				expect(await addRoomPhoto(use(), manager, roomId, { alt: 'Trop lourde' }, big)).toEqual({
					ok: false,
					fieldErrors: { photo: 'PHOTO.TOO_BIG' }
				});
				const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
				expect(await addRoomPhoto(use(), manager, roomId, { alt: 'photo.jpg' }, upload(svg))).toEqual({
					ok: false,
					fieldErrors: { photo: 'PHOTO.TYPE' }
				});
				const truncated = (await phoneJpeg(800, 600)).subarray(0, 300);
				expect(await addRoomPhoto(use(), manager, roomId, { alt: 'Coupée' }, upload(truncated))).toEqual({
					ok: false,
					fieldErrors: { photo: 'PHOTO.UNREADABLE' }
				});
				expect(await addRoomPhoto(use(), manager, roomId, { alt: ' ' }, upload(await phoneJpeg(64, 64)))).toEqual({
					ok: false,
					fieldErrors: { alt: 'PHOTO.ALT_REQUIRED' }
				});
				expect(await addRoomPhoto(use(), manager, roomId, { alt: 'Rien' }, null)).toEqual({
					ok: false,
					fieldErrors: { photo: 'PHOTO.REQUIRED' }
				});
				expect((await use().db.select({ n: count() }).from(roomPhoto))[0]!.n).toBe(before);
			});

			it('only the room’s managers add or delete photos', async () => {
				const [first] = (await getRoom(use(), roomId, null))!.photos;
				await expect(
					addRoomPhoto(
						use(),
						await actor(ids.otherFacilityManager),
						roomId,
						{ alt: 'x' },
						upload(await phoneJpeg(64, 64))
					)
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				await expect(
					deleteRoomPhoto(use(), await actor(ids.otherFacilityManager), roomId, first!.id)
				).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
				expect(await deleteRoomPhoto(use(), await actor(ids.communeManager), roomId, first!.id)).toEqual({
					ok: true,
					id: first!.id
				});
				expect(await getRoomPhoto(use(), roomId, first!.id, 'large')).toBeNull();
			});
		});
	},
	{ RATE_LIMITS: 'false' }
);
